namespace Mentorship.Pairing.Domain;

/// <summary>
/// Measures a pair against its programme's cadence: meetings expected so far, the term and the last
/// contact. Alerts are not computed here: the scheduler raises and keeps them (see Alerts/).
/// </summary>
public static class PairMonitor
{
    public static PairAssessment Assess(PairFacts pair, ProgrammeCadence? cadence, DateTimeOffset now)
    {
        var today = CalendarDays.Of(now);
        var activatedOn = pair.ActivatedAt is { } activated ? CalendarDays.Of(activated) : (DateOnly?)null;
        var lastMessageOn = pair.LastMessageAt is { } posted ? CalendarDays.Of(posted) : (DateOnly?)null;
        var lastContactOn = Latest(pair.LastMeetingOn, lastMessageOn);
        if (activatedOn is not { } start || cadence is null)
            return new PairAssessment(null, null, lastContactOn);

        // Only whole months count, so a pair is not behind in the middle of its first month.
        var until = pair.ClosedAt is { } closed ? CalendarDays.Of(closed) : today;
        var expected = cadence.MeetingsPerMonth * Math.Min(WholeMonths(start, until), cadence.DurationMonths);
        return new PairAssessment(expected, start.AddMonths(cadence.DurationMonths), lastContactOn);
    }

    /// <summary>Calendar months from start that have fully elapsed by the given day.</summary>
    public static int WholeMonths(DateOnly start, DateOnly until)
    {
        var months = ((until.Year - start.Year) * 12) + until.Month - start.Month;
        if (months > 0 && start.AddMonths(months) > until)
            months--;
        return Math.Max(0, months);
    }

    private static DateOnly? Latest(DateOnly? first, DateOnly? second) =>
        first is null ? second : second is null ? first : first > second ? first : second;
}
