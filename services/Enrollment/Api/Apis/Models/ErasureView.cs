using Mentorship.Enrollment.Domain.Erasures;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>An erasure and each service's part: "pending" until the service confirmed, then "completed" with the time.</summary>
public sealed record ErasureView(
    Guid ErasureId,
    Guid PersonId,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<ServiceErasureView> Services)
{
    public const string Pending = "pending";
    public const string Completed = "completed";

    public static ErasureView From(Erasure erasure, Guid personId) => new(
        erasure.Id,
        personId,
        erasure.IsCompleted ? Completed : Pending,
        erasure.RequestedAt,
        erasure.CompletedAt,
        erasure.Services
            .Select(service => erasure.Receipts.FirstOrDefault(r => r.Service == service) is { } receipt
                ? new ServiceErasureView(service, Completed, receipt.ErasedAt)
                : new ServiceErasureView(service, Pending, null))
            .ToList());
}
