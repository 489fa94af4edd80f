using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class EventLatenciesTests
{
    [Fact]
    public void The_kth_acknowledgement_meets_the_first_count_of_k()
    {
        var latencies = EventLatencies.Match([100, 110, 120], [(105, 0), (130, 1), (160, 3)]);

        Assert.Equal([30, 50, 40], latencies);
    }

    [Fact]
    public void Acknowledgements_are_taken_in_time_order_whatever_order_they_come_in()
    {
        var latencies = EventLatencies.Match([120, 100], [(150, 2)]);

        Assert.Equal([50, 30], latencies);
    }

    [Fact]
    public void A_change_never_seen_is_left_out()
    {
        var latencies = EventLatencies.Match([100, 110], [(150, 1)]);

        Assert.Equal([50], latencies);
    }

    [Fact]
    public void A_count_seen_before_the_acknowledgement_arrived_counts_as_no_delay()
    {
        var latencies = EventLatencies.Match([100], [(95, 1)]);

        Assert.Equal([0], latencies);
    }
}
