namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>How many surveys of one role are in one status.</summary>
public sealed record SurveyCount(RespondentRole Role, SurveyStatus Status, int Count);
