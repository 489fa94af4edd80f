using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>The notification kind of each pair alert kind Pairing raises.</summary>
public static class AlertNotificationKinds
{
    private static readonly Dictionary<string, NotificationKind> Kinds = new(StringComparer.Ordinal)
    {
        [AlertKinds.MentorDecisionOverdue] = NotificationKind.AlertMentorDecisionOverdue,
        [AlertKinds.FirstMeetingNotHeld] = NotificationKind.AlertFirstMeetingNotHeld,
        [AlertKinds.ContractUnsigned] = NotificationKind.AlertContractUnsigned,
        [AlertKinds.BehindCadence] = NotificationKind.AlertBehindCadence,
        [AlertKinds.ActionPlanMissing] = NotificationKind.AlertActionPlanMissing,
        [AlertKinds.SurveyPending] = NotificationKind.AlertSurveyPending,
        [AlertKinds.TermApproaching] = NotificationKind.AlertTermApproaching,
        [AlertKinds.TermPassed] = NotificationKind.AlertTermPassed,
        [AlertKinds.ConcernUnanswered] = NotificationKind.AlertConcernUnanswered,
    };

    public static NotificationKind? Of(string alertKind) => Kinds.TryGetValue(alertKind, out var kind) ? kind : null;

    public static bool IsAlert(NotificationKind kind) => Kinds.ContainsValue(kind);
}
