using System.Diagnostics;

namespace Mentorship.Matching.Benchmarks.Measuring;

internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>This process's peak working set so far.</summary>
    public static double PeakMb() => Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
}
