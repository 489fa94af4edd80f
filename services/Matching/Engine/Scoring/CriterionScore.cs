namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// One line of an explanation: the criterion's programme weight, its value in [0, 1], its share of
/// the total score (100 · weight · value / sum of weights) and why, in plain English.
/// </summary>
public sealed record CriterionScore(string Criterion, double Weight, double Value, double Contribution, string Reason);
