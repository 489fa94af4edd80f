namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>One choice of a multi-select question.</summary>
public sealed record ItemOption(string Id, LocalizedText Label);
