namespace Mentorship.Web.Gateway.Models;

/// <summary>One of the signed-in person's pairs (Pairing's /api/me/pairs): their side, its status, and whether the next step waits for them.</summary>
public sealed record MyPair(
    Guid PairId,
    Guid ProgrammeId,
    Guid MenteeId,
    Guid MentorId,
    string Role,
    string Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? ClosedAt,
    bool AwaitingYou);
