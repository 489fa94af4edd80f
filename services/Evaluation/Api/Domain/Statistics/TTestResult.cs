namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// A one-sample two-sided Student t-test against 0. Sd is the sample standard deviation (n - 1).
/// With fewer than two values only n and the mean are given; see <see cref="OneSampleTTest"/> for zero variance.
/// </summary>
public sealed record TTestResult(
    int N,
    double? Mean,
    double? Sd,
    double? T,
    int? Df,
    double? P,
    IReadOnlyList<double>? Ci95,
    bool Significant);
