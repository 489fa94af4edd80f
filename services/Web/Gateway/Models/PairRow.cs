namespace Mentorship.Web.Gateway.Models;

/// <summary>One line of Pairing's monitoring table: facts and counts of a pair, and its unclosed alerts.</summary>
public sealed record PairRow(
    Guid PairId,
    Guid MenteeId,
    Guid MentorId,
    Guid? ReferentId,
    string Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ActivatedAt,
    int MeetingsHeld,
    int? MeetingsExpected,
    DateOnly? LastMeetingOn,
    DateOnly? LastContactOn,
    int GoalsDone,
    int GoalsTotal,
    DateOnly? TermOn,
    DateTimeOffset? ClosedAt,
    string? Outcome,
    bool AtRisk,
    IReadOnlyList<PairAlert> Alerts);
