namespace Mentorship.Pairing.Contracts;

/// <summary>Both members signed the engagement contract: the pair is active.</summary>
public sealed record PairActivated(Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId, DateTimeOffset ActivatedAt);
