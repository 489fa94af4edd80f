using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>The paired t-test of one dimension, as the before/after report lists it; sd is that of the differences.</summary>
public sealed record BeforeAfterStatistics(
    string Dimension,
    int N,
    double? MeanBefore,
    double? MeanAfter,
    double? MeanDifference,
    double? Sd,
    double? T,
    int? Df,
    double? P,
    IReadOnlyList<double>? Ci95,
    bool Significant)
{
    public static BeforeAfterStatistics From(string dimension, PairedTTestResult test)
    {
        var d = test.Difference;
        return new(dimension, d.N, test.MeanBefore, test.MeanAfter, d.Mean, d.Sd, d.T, d.Df, d.P, d.Ci95, d.Significant);
    }
}
