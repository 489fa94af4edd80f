using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class DrillCountTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Fact]
    public void Every_item_found_once_is_exact()
    {
        var count = DrillCount.Of("pairs", expected: 3, found: 3, distinct: 3);

        Assert.True(count.Exact);
        Assert.Equal((0, 0), (count.Lost, count.Doubled));
    }

    [Fact]
    public void Items_missing_are_lost()
    {
        var count = DrillCount.Of("pairs", expected: 2000, found: 1990, distinct: 1990);

        Assert.Equal(10, count.Lost);
        Assert.Equal(0, count.Doubled);
        Assert.False(count.Exact);
    }

    [Fact]
    public void A_key_found_twice_is_doubled_even_when_the_total_matches()
    {
        var count = DrillCount.Of("notifications", expected: 3, found: 3, distinct: 2);

        Assert.Equal(1, count.Lost);
        Assert.Equal(1, count.Doubled);
    }

    [Fact]
    public void More_keys_than_expected_are_doubled()
    {
        var count = DrillCount.Of("threads", expected: 2, found: 3, distinct: 3);

        Assert.Equal(0, count.Lost);
        Assert.Equal(1, count.Doubled);
    }

    [Fact]
    public void From_a_reconciliation_what_was_stored_but_never_acknowledged_is_counted_apart_and_is_no_fault()
    {
        var count = DrillCount.Of("applications", Reconciliation.Of([A, B], [A, B, C]));

        Assert.True(count.Exact);
        Assert.Equal((2, 3, 1), (count.Expected, count.Found, count.Unacknowledged));
    }

    [Fact]
    public void From_a_reconciliation_ids_missing_and_found_twice_are_lost_and_doubled()
    {
        var count = DrillCount.Of("applications", Reconciliation.Of([A, B, C], [A, A, B]));

        Assert.Equal((1, 1), (count.Lost, count.Doubled));
    }
}
