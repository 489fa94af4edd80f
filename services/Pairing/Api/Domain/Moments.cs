namespace Mentorship.Pairing.Domain;

/// <summary>
/// Moments as PostgreSQL keeps them: in UTC (Npgsql writes no other offset) and to the microsecond, so
/// what an event announces equals what is stored and read back.
/// </summary>
public static class Moments
{
    public static DateTimeOffset Now(TimeProvider clock) => Cut(clock.GetUtcNow());

    public static DateTimeOffset Cut(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
