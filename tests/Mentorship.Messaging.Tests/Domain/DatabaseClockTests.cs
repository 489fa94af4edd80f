using Mentorship.Messaging.Data;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class DatabaseClockTests
{
    [Fact]
    public void The_clock_reads_whole_microseconds_as_postgresql_stores_them()
    {
        var now = new DatabaseClock().GetUtcNow();

        Assert.Equal(0, now.Ticks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(TimeSpan.Zero, now.Offset);
        Assert.InRange(DateTimeOffset.UtcNow - now, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }
}
