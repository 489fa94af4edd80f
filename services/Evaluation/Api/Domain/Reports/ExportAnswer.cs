namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>A non-text answer of a completed survey (free text is never exported).</summary>
public sealed record ExportAnswer(Guid SurveyId, string ItemId, string Option, int? Value);
