namespace Mentorship.Pairing.Domain;

/// <summary>The guided first meeting: when, whether the pair fits, and the members' private notes.</summary>
public sealed record FirstMeeting(DateOnly HeldOn, bool Fit, string? Notes, Guid RecordedBy, DateTimeOffset RecordedAt);
