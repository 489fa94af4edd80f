namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// POLLEM's finding made visible: effects split by whether the professional and personal dimensions
/// were addressed (Rule), and correlated with how far they were (Predictor).
/// </summary>
public sealed record EffectSplit(string Basis, string Rule, string Predictor, IReadOnlyList<SplitEffect> Dimensions);
