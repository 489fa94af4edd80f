namespace Mentorship.Pairing.Contracts;

/// <summary>The kinds of pair alert the scheduler raises, as carried by <see cref="PairAlertRaised"/>.</summary>
public static class AlertKinds
{
    public const string MentorDecisionOverdue = "mentor-decision-overdue";
    public const string FirstMeetingNotHeld = "first-meeting-not-held";
    public const string ContractUnsigned = "contract-unsigned";
    public const string BehindCadence = "behind-cadence";
    public const string ActionPlanMissing = "action-plan-missing";
    public const string SurveyPending = "survey-pending";
    public const string TermApproaching = "term-approaching";
    public const string TermPassed = "term-passed";
    public const string ConcernUnanswered = "concern-unanswered";

    public static readonly IReadOnlyList<string> All =
    [
        MentorDecisionOverdue, FirstMeetingNotHeld, ContractUnsigned, BehindCadence, ActionPlanMissing,
        SurveyPending, TermApproaching, TermPassed, ConcernUnanswered,
    ];
}
