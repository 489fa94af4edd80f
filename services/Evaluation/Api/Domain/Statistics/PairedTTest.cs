namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// Did the same respondents score differently after than before? A paired t-test is the one-sample
/// t-test of the differences (after - before) against 0, on n - 1 degrees of freedom.
/// </summary>
public static class PairedTTest
{
    public static PairedTTestResult Of(IReadOnlyCollection<(double Before, double After)> pairs) => new(
        pairs.Count == 0 ? null : pairs.Average(p => p.Before),
        pairs.Count == 0 ? null : pairs.Average(p => p.After),
        OneSampleTTest.Against0(pairs.Select(p => p.After - p.Before).ToList()));
}
