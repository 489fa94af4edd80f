using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

/// <summary>
/// One line of the monitoring table: facts and counts, never what the pair said or wrote. The alerts are
/// the pair's unclosed ones, as the scheduler raised them; a pair with any is at risk. The referent, when one
/// supervises the pair, so that the coordinator sees who follows it.
/// </summary>
public sealed record PairMonitoringRow(
    Guid PairId,
    Guid MenteeId,
    Guid MentorId,
    Guid? ReferentId,
    PairStatus Status,
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
    PairOutcome? Outcome,
    bool AtRisk,
    IReadOnlyList<MonitoringAlert> Alerts)
{
    public static PairMonitoringRow From(PairFacts pair, PairAssessment assessment, IReadOnlyList<MonitoringAlert> alerts) => new(
        pair.PairId,
        pair.MenteeId,
        pair.MentorId,
        pair.ReferentId,
        pair.Status,
        pair.ProposedAt,
        pair.ActivatedAt,
        pair.MeetingsHeld,
        assessment.MeetingsExpected,
        pair.LastMeetingOn,
        assessment.LastContactOn,
        pair.GoalsDone,
        pair.GoalsTotal,
        assessment.TermOn,
        pair.ClosedAt,
        pair.Outcome,
        alerts.Count > 0,
        alerts);
}
