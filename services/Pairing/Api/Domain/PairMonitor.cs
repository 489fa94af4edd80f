namespace Mentorship.Pairing.Domain;

/// <summary>
/// Measures a pair against its programme's cadence: meetings expected so far, the term, and the alerts
/// coordinators and referents act on. Computed at read time from stored facts, so alerts appear as time
/// passes without any job running.
/// </summary>
public static class PairMonitor
{
    /// <summary>A mentor who has not answered a proposal after two weeks is chased.</summary>
    public static readonly TimeSpan DecisionAwaitedTooLong = TimeSpan.FromDays(14);

    /// <summary>The term is announced four weeks ahead, time for a closing interview.</summary>
    public const int TermWarningDays = 28;

    public static PairAssessment Assess(PairFacts pair, ProgrammeCadence? cadence, DateTimeOffset now)
    {
        var today = CalendarDays.Of(now);
        var activatedOn = pair.ActivatedAt is { } activated ? CalendarDays.Of(activated) : (DateOnly?)null;
        var lastMessageOn = pair.LastMessageAt is { } posted ? CalendarDays.Of(posted) : (DateOnly?)null;
        var lastContactOn = Latest(pair.LastMeetingOn, lastMessageOn);
        if (activatedOn is not { } start || cadence is null)
            return new PairAssessment(null, null, lastContactOn, AlertsBeforeActivation(pair, now));

        // Only whole months count, so a pair is not behind in the middle of its first month.
        var until = pair.ClosedAt is { } closed ? CalendarDays.Of(closed) : today;
        var expected = cadence.MeetingsPerMonth * Math.Min(WholeMonths(start, until), cadence.DurationMonths);
        var termOn = start.AddMonths(cadence.DurationMonths);

        var alerts = AlertsBeforeActivation(pair, now);
        if (pair.Status == PairStatus.Active)
        {
            var sinceMeeting = today.DayNumber - Latest(pair.LastMeetingOn, start)!.Value.DayNumber;
            if (sinceMeeting >= cadence.AlertAfterWeeksWithoutMeeting * 7)
                alerts.Add(MonitoringAlerts.NoMeetingFor(cadence.AlertAfterWeeksWithoutMeeting));
            if (pair.MeetingsHeld < expected)
                alerts.Add(MonitoringAlerts.BehindCadence);
            if (today >= termOn)
                alerts.Add(MonitoringAlerts.TermPassed);
            else if (today >= termOn.AddDays(-TermWarningDays))
                alerts.Add(MonitoringAlerts.TermApproaching);
        }

        return new PairAssessment(expected, termOn, lastContactOn, alerts);
    }

    /// <summary>Calendar months from start that have fully elapsed by the given day.</summary>
    public static int WholeMonths(DateOnly start, DateOnly until)
    {
        var months = ((until.Year - start.Year) * 12) + until.Month - start.Month;
        if (months > 0 && start.AddMonths(months) > until)
            months--;
        return Math.Max(0, months);
    }

    private static List<string> AlertsBeforeActivation(PairFacts pair, DateTimeOffset now) =>
        pair.Status == PairStatus.Proposed && now - pair.ProposedAt > DecisionAwaitedTooLong
            ? [MonitoringAlerts.AwaitingMentorDecision]
            : [];

    private static DateOnly? Latest(DateOnly? first, DateOnly? second) =>
        first is null ? second : second is null ? first : first > second ? first : second;
}
