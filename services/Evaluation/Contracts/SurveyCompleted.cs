namespace Mentorship.Evaluation.Contracts;

/// <summary>A respondent submitted a survey.</summary>
public sealed record SurveyCompleted(Guid SurveyId, Guid ProgrammeId, Guid PairId, Guid RespondentId, DateTimeOffset CompletedAt);
