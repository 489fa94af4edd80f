namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>Pearson's r between two measures and its two-sided p (null when it cannot be computed).</summary>
public sealed record CorrelationResult(int N, double? R, double? P);
