using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>How many respondents chose a perceived benefit, and their share of those asked.</summary>
public sealed record BenefitFrequency(string Benefit, LocalizedText Label, int Count, double? Share);
