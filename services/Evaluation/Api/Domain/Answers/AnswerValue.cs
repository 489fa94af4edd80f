using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Domain.Answers;

/// <summary>A checked answer to one item (one per selected option for a multi-select).</summary>
public sealed record AnswerValue(string ItemId, ItemMeasure Measure, string Option, int? Value, string? Text);
