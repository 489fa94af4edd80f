using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>One effect dimension tested separately where the dimensions were addressed and elsewhere, and its correlation with the predictor.</summary>
public sealed record SplitEffect(string Dimension, TTestResult Addressed, TTestResult Others, CorrelationResult Correlation);
