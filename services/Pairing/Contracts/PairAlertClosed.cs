namespace Mentorship.Pairing.Contracts;

/// <summary>An alert ended: "resolved" (its condition cleared), "acknowledged" by staff, or "pair-closed".</summary>
public sealed record PairAlertClosed(Guid AlertId, Guid PairId, Guid ProgrammeId, string Kind, string Reason, DateTimeOffset ClosedAt);
