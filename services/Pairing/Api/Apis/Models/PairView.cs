using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

/// <summary>
/// A pair as its audience may see it: staff see the status, the dates, that meetings happened and how far
/// the goals are; the members also see the places and their first-meeting notes; the members and the pair's referent, the action plan;
/// the coordinators and the referent (never the members), the closing interviews.
/// </summary>
public sealed record PairView(
    Guid Id,
    Guid ProgrammeId,
    Guid RoundId,
    Guid MenteeId,
    Guid MentorId,
    PairStatus Status,
    DateTimeOffset ProposedAt,
    MentorDecisionView? MentorDecision,
    MenteeDecisionView? MenteeDecision,
    FirstMeetingView? FirstMeeting,
    ContractView Contract,
    DateTimeOffset? ActivatedAt,
    int MeetingsHeld,
    DateOnly? LastMeetingOn,
    IReadOnlyList<MeetingView> Meetings,
    GoalsProgress GoalsProgress,
    ActionPlanView? ActionPlan,
    ClosureView? Closure,
    Guid? ReferentId,
    IReadOnlyList<ClosingInterviewView>? ClosingInterviews)
{
    public static PairView From(Pair pair, PairAudience audience) => new(
        pair.Id,
        pair.ProgrammeId,
        pair.RoundId,
        pair.MenteeId,
        pair.MentorId,
        pair.Status,
        pair.ProposedAt,
        MentorDecisionOf(pair, audience),
        MenteeDecisionOf(pair, audience),
        pair.FirstMeeting is { } first
            ? new FirstMeetingView(first.HeldOn, first.Fit, first.RecordedAt, audience.IsMember ? first.Notes : null)
            : null,
        new ContractView(pair.MenteeSignedAt, pair.MentorSignedAt),
        pair.ActivatedAt,
        pair.MeetingsHeld,
        pair.LastMeetingOn,
        pair.Meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.LoggedAt)
            .Select(m => MeetingView.From(m, audience)).ToList(),
        new GoalsProgress(pair.GoalsDone, pair.GoalsTotal),
        audience.IsMember || audience.IsReferent
            ? new ActionPlanView(pair.Goals.Select(GoalView.From).ToList(), pair.ActionPlanUpdatedAt, pair.ActionPlanUpdatedBy)
            : null,
        pair is { Outcome: { } outcome, ClosedAt: { } closedAt }
            ? new ClosureView(outcome, closedAt, audience.IsMember || audience.IsCoordinator ? pair.ClosingNotes : null)
            : null,
        pair.ReferentId,
        audience.FollowsUp ? pair.ClosingInterviews.Select(ClosingInterviewView.From).ToList() : null);

    private static MentorDecisionView? MentorDecisionOf(Pair pair, PairAudience audience) =>
        (pair.AcceptedAt, pair.DeclinedAt) switch
        {
            ({ } acceptedAt, _) => new MentorDecisionView(true, acceptedAt, null),
            (_, { } declinedAt) => new MentorDecisionView(
                false, declinedAt, audience.IsMentor || audience.IsCoordinator ? pair.DeclineReason : null),
            _ => null,
        };

    private static MenteeDecisionView? MenteeDecisionOf(Pair pair, PairAudience audience) =>
        (pair.MenteeAcceptedAt, pair.DeclinedBy, pair.DeclinedAt) switch
        {
            ({ } acceptedAt, _, _) => new MenteeDecisionView(true, acceptedAt, null),
            (_, PairMember.Mentee, { } declinedAt) => new MenteeDecisionView(
                false, declinedAt, audience.IsMentee || audience.IsCoordinator ? pair.DeclineReason : null),
            _ => null,
        };
}
