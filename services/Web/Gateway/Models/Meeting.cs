namespace Mentorship.Web.Gateway.Models;

/// <summary>A meeting the pair logged; the place is shown to the members only.</summary>
public sealed record Meeting(Guid Id, DateOnly Date, int DurationMinutes, IReadOnlyList<string> Dimensions, string? Place, DateTimeOffset LoggedAt);
