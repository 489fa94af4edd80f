namespace Mentorship.Pairing.Apis.Models;

/// <summary>Notes are null for anyone but the pair's members.</summary>
public sealed record FirstMeetingView(DateOnly HeldOn, bool Fit, DateTimeOffset RecordedAt, string? Notes);
