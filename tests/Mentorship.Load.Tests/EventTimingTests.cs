using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class EventTimingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static EventTiming Event(double dispatchedMs, double? appliedMs) => new(
        Guid.NewGuid(), T0, T0.AddMilliseconds(dispatchedMs), appliedMs is { } applied ? T0.AddMilliseconds(applied) : null);

    [Fact]
    public void Each_stage_is_timed_from_the_records_and_sorted()
    {
        var summary = EventTimingSummary.Of([Event(30, 45), Event(10, 12), Event(20, 60)]);

        Assert.Equal((3, 3), (summary.Stored, summary.Applied));
        Assert.Equal([12, 45, 60], summary.TotalMs);
        Assert.Equal([10, 20, 30], summary.OutboxMs);
        Assert.Equal([2, 15, 40], summary.BrokerAndConsumerMs);
    }

    [Fact]
    public void An_event_not_yet_applied_or_dispatched_is_counted_as_stored_only()
    {
        var undispatched = new EventTiming(Guid.NewGuid(), T0, null, null);

        var summary = EventTimingSummary.Of([Event(5, 9), Event(7, null), undispatched]);

        Assert.Equal((3, 1), (summary.Stored, summary.Applied));
        Assert.Equal([9], summary.TotalMs);
    }

    [Fact]
    public void A_claim_read_a_moment_before_the_dispatch_mark_counts_as_no_delay_not_a_negative_one()
    {
        var summary = EventTimingSummary.Of([Event(10, 9.99)]);

        Assert.Equal([0], summary.BrokerAndConsumerMs);
        Assert.Equal([9.99], summary.TotalMs);
    }
}
