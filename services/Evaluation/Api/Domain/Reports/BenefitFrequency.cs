namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>How many respondents chose a perceived benefit, and their share of those asked; the label in the language asked.</summary>
public sealed record BenefitFrequency(string Benefit, string Label, int Count, double? Share);
