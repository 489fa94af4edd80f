namespace Mentorship.Pairing.Alerts;

/// <summary>
/// The scheduler's settings (section "Alerts", e.g. Alerts__Interval) and every threshold a programme does
/// not set itself. Weeks without a meeting and the term come from the programme (ProgrammeCadence).
/// </summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>False stops the background runs (tests trigger runs themselves); alerts are still listed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the conditions of all pairs are evaluated, by one replica.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An open alert nobody acknowledged for this long goes to a wider circle, one level up.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Level 1 is the person who must act; 2 and 3 the referent and coordinators, reminded again.</summary>
    public int MaxLevel { get; set; } = 3;

    /// <summary>A proposal the mentor has not answered.</summary>
    public TimeSpan MentorDecisionAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A pair the mentor accepted whose first meeting is not recorded.</summary>
    public TimeSpan FirstMeetingAfter { get; set; } = TimeSpan.FromDays(21);

    /// <summary>A pair that fit at its first meeting whose contract is not signed by both.</summary>
    public TimeSpan ContractAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>An active pair without an action plan.</summary>
    public TimeSpan ActionPlanAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A survey assigned and not completed.</summary>
    public TimeSpan SurveyAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Days before the term when both members and the coordinators are told it approaches.</summary>
    public int TermWarningDays { get; set; } = 30;

    /// <summary>A concern about the pair nobody acknowledged.</summary>
    public TimeSpan ConcernAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Used when a programme announced no weeks-without-meeting threshold (0).</summary>
    public int DefaultWeeksWithoutMeeting { get; set; } = 3;
}
