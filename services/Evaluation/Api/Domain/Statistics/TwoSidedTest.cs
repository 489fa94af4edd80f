namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// A two-sided test of an estimate against 0: t (null when the standard error is 0), p, the 95 % interval
/// of the estimate and whether p is below alpha.
/// </summary>
public sealed record TwoSidedTest(double? T, double P, IReadOnlyList<double> Ci95, bool Significant);
