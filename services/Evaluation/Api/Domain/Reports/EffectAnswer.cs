namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>One respondent's closure effect (-3..+3) on one dimension; the survey id counts respondents and stays in memory.</summary>
public sealed record EffectAnswer(Guid SurveyId, string Dimension, int Value);
