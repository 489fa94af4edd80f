namespace Mentorship.Pairing.Domain;

/// <summary>What the monitoring table reads of one pair: stored facts only, alerts are derived at read time.</summary>
public sealed record PairFacts(
    Guid PairId,
    Guid MenteeId,
    Guid MentorId,
    Guid? ReferentId,
    PairStatus Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? ClosedAt,
    PairOutcome? Outcome,
    int MeetingsHeld,
    DateOnly? LastMeetingOn,
    DateTimeOffset? LastMessageAt,
    int GoalsDone,
    int GoalsTotal);
