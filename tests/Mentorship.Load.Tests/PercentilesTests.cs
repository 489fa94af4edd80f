using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0, 1)]
    public void A_percentile_is_the_nearest_rank_seen(double percentile, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToHundred, percentile));

    [Fact]
    public void A_small_sample_reports_its_worst_at_p99() =>
        Assert.Equal(9, Percentiles.Of([1, 2, 3, 9], 99));

    [Fact]
    public void No_latency_has_no_percentile() => Assert.True(double.IsNaN(Percentiles.Of([], 50)));

    [Fact]
    public void A_run_sorts_its_latencies_and_counts_errors_in_its_throughput()
    {
        var result = new LoadResult("run", 4, [30, 10, 20], errors: 1, TimeSpan.FromSeconds(2), []);

        Assert.Equal([10, 20, 30], result.LatenciesMs);
        Assert.Equal(20, result.P50);
        Assert.Equal(30, result.P99);
        Assert.Equal(2, result.Throughput);
    }
}
