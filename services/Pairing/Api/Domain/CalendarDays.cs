namespace Mentorship.Pairing.Domain;

/// <summary>
/// Meeting dates are calendar days where the members live while the clock runs in UTC: a date one day
/// ahead of the UTC date (east of UTC) or one day before a recorded moment (west of UTC) is still plausible.
/// </summary>
public static class CalendarDays
{
    public static DateOnly Of(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

    /// <summary>The latest date that is not in the future somewhere.</summary>
    public static DateOnly LatestPossible(DateTimeOffset now) => Of(now).AddDays(1);

    /// <summary>The earliest date that is not before this moment somewhere.</summary>
    public static DateOnly EarliestAfter(DateTimeOffset moment) => Of(moment).AddDays(-1);
}
