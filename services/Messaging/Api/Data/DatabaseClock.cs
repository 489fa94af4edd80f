namespace Mentorship.Messaging.Data;

/// <summary>
/// The system clock at PostgreSQL's precision (microseconds). Times are answered right after they are
/// stored; with .NET's 100-ns ticks the same moment would read back differently a request later.
/// </summary>
public sealed class DatabaseClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
