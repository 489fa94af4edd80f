using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>The pooled effect of one dimension in a roll-up row; mean and ci95 are withheld (null) when suppressed.</summary>
public sealed record RollupEffect(string Dimension, int N, double? Mean, IReadOnlyList<double>? Ci95, bool Suppressed)
{
    public static RollupEffect From(string dimension, TTestResult test, bool suppressed) =>
        suppressed || test.N < RollupAnalysis.MinimumRespondents
            ? new RollupEffect(dimension, test.N, null, null, true)
            : new RollupEffect(dimension, test.N, test.Mean, test.Ci95, false);
}
