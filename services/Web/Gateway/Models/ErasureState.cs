namespace Mentorship.Web.Gateway.Models;

/// <summary>An erasure of the person's data and each service's part of it ("pending", then "completed").</summary>
public sealed record ErasureState(Guid ErasureId, string Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, IReadOnlyList<ServiceErasureState> Services)
{
    public bool Completed => Status == "completed";
}
