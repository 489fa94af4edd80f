namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>A question or option label in the languages the survey is rendered in.</summary>
public sealed record LocalizedText(string Fr, string En);
