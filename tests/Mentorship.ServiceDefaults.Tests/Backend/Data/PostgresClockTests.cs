using Mentorship.ServiceDefaults.Backend.Data;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

public sealed class PostgresClockTests
{
    [Fact]
    public void Times_are_whole_microseconds_in_utc()
    {
        var clock = new PostgresClock();

        for (var i = 0; i < 100; i++)
        {
            var now = clock.GetUtcNow();
            Assert.Equal(0, now.Ticks % TimeSpan.TicksPerMicrosecond);
            Assert.Equal(TimeSpan.Zero, now.Offset);
        }
    }
}
