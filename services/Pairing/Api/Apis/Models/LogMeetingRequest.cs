namespace Mentorship.Pairing.Apis.Models;

/// <summary>A meeting held by the pair; the place is shown only to the members.</summary>
public sealed record LogMeetingRequest(DateOnly? Date, int? DurationMinutes, string? Place, IReadOnlyList<string>? Dimensions);
