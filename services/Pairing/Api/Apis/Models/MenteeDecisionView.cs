namespace Mentorship.Pairing.Apis.Models;

/// <summary>The reason of a decline is shown to the mentee who gave it and to the programme's coordinators.</summary>
public sealed record MenteeDecisionView(bool Accepted, DateTimeOffset DecidedAt, string? Reason);
