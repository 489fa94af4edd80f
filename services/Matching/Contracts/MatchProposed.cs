namespace Mentorship.Matching.Contracts;

/// <summary>A reviewed proposal was published: Pairing opens a pair with this id.</summary>
public sealed record MatchProposed(
    Guid PairId,
    Guid RoundId,
    Guid ProgrammeId,
    Guid MenteeId,
    Guid MentorId,
    double Score,
    DateTimeOffset ProposedAt);
