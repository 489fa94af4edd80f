namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>A completed survey as the research export needs it; the ids stay in memory and never reach the file.</summary>
public sealed record ExportSurvey(Guid SurveyId, Guid RespondentId, RespondentRole Role, SurveyKind Kind, string TemplateId, string? Outcome);
