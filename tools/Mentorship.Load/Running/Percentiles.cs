namespace Mentorship.Load.Running;

/// <summary>Nearest-rank percentiles over latencies sorted in ascending order (no interpolation: a reported p99 was seen).</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
