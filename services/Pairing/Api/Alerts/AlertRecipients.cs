using Mentorship.Pairing.Contracts;

namespace Mentorship.Pairing.Alerts;

/// <summary>
/// Who each kind of alert goes to: first the people who must act, then, when nobody acknowledged it, the
/// wider circle. The pair's referent, when a coordinator assigned one, receives the staff's share by id
/// beside the coordinators; a pair without one leaves it to the coordinators.
/// </summary>
public static class AlertRecipients
{
    public const string Mentee = "mentee";
    public const string Mentor = "mentor";
    public const string Referent = "referent";
    public const string Coordinators = "coordinators";

    /// <summary>Level 1: the people the condition asks to act.</summary>
    public static IReadOnlyList<AlertRecipient> Due(IReadOnlyList<AlertCondition> conditions)
    {
        var pair = conditions[0];
        return pair.Kind switch
        {
            AlertKinds.MentorDecisionOverdue => [MentorOf(pair)],
            AlertKinds.FirstMeetingNotHeld or AlertKinds.ContractUnsigned or AlertKinds.BehindCadence or AlertKinds.ActionPlanMissing =>
                [MenteeOf(pair), MentorOf(pair)],
            AlertKinds.SurveyPending => conditions
                .Where(c => c.RespondentId is not null)
                .Select(c => c.RespondentId == pair.MentorId ? MentorOf(pair) : new AlertRecipient(Mentee, c.RespondentId))
                .Distinct()
                .ToList(),
            AlertKinds.TermApproaching => [MenteeOf(pair), MentorOf(pair), .. Staff(pair.ReferentId)],
            AlertKinds.TermPassed or AlertKinds.ConcernUnanswered => Staff(pair.ReferentId),
            _ => throw new ArgumentOutOfRangeException(nameof(conditions), pair.Kind, "No recipients are defined for this kind of alert."),
        };
    }

    /// <summary>Level 2 and up: the pair's referent when it has one, and the programme's coordinators.</summary>
    public static IReadOnlyList<AlertRecipient> Escalated(Guid? referentId) => Staff(referentId);

    private static AlertRecipient MenteeOf(AlertCondition pair) => new(Mentee, pair.MenteeId);

    private static AlertRecipient MentorOf(AlertCondition pair) => new(Mentor, pair.MentorId);

    private static List<AlertRecipient> Staff(Guid? referentId) =>
        referentId is { } referent ? [new(Referent, referent), new(Coordinators, null)] : [new(Coordinators, null)];
}
