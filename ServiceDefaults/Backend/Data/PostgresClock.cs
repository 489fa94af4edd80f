namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// The service's clock, to the microsecond PostgreSQL keeps: a time returned in a response or an event
/// equals the one read back from the database later (.NET ticks are ten times finer).
/// </summary>
public sealed class PostgresClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = base.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
