using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

/// <summary>One of the caller's pairs, with the side they hold and whether the next step waits for them.</summary>
public sealed record MyPairSummary(
    Guid PairId,
    Guid ProgrammeId,
    Guid MenteeId,
    Guid MentorId,
    PairMember Role,
    PairStatus Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? ClosedAt,
    bool AwaitingYou);
