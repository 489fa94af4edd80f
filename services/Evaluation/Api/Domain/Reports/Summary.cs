namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Mean and median of a measure over N pairs (null when N is 0).</summary>
public sealed record Summary(int N, double? Mean, double? Median)
{
    public static Summary Of(IReadOnlyCollection<double> values) => values.Count == 0
        ? new Summary(0, null, null)
        : new Summary(values.Count, values.Average(), MathNet.Numerics.Statistics.Statistics.Median(values));
}
