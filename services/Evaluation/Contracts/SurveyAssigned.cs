namespace Mentorship.Evaluation.Contracts;

/// <summary>A survey awaits a respondent (kind "closure" after a pair closes).</summary>
public sealed record SurveyAssigned(Guid SurveyId, Guid ProgrammeId, Guid PairId, Guid RespondentId, string Kind, DateTimeOffset AssignedAt);
