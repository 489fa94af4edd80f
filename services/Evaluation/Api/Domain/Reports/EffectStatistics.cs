using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>The t-test of one effect dimension, as the effects report lists it.</summary>
public sealed record EffectStatistics(
    string Dimension,
    int N,
    double? Mean,
    double? Sd,
    double? T,
    int? Df,
    double? P,
    IReadOnlyList<double>? Ci95,
    bool Significant)
{
    public static EffectStatistics From(string dimension, TTestResult test) =>
        new(dimension, test.N, test.Mean, test.Sd, test.T, test.Df, test.P, test.Ci95, test.Significant);
}
