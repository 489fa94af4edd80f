namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>The means before and after, and the t-test of the differences (its mean is the mean difference, its sd theirs).</summary>
public sealed record PairedTTestResult(double? MeanBefore, double? MeanAfter, TTestResult Difference);
