namespace Mentorship.Enrollment.Domain;

/// <summary>
/// Programme dates are Belgian calendar days: a window closing on the 15th is closed at 00:30 on the 16th
/// in Brussels, though UTC still says the 15th.
/// </summary>
public static class ProgrammeCalendar
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brussels).DateTime);
}
