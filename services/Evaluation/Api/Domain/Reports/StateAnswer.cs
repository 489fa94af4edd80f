namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>One respondent's rating (1..7) of one dimension in one survey; pair and respondent say whose baseline it pairs with.</summary>
public sealed record StateAnswer(Guid PairId, Guid RespondentId, SurveyKind Kind, string Dimension, int Value);
