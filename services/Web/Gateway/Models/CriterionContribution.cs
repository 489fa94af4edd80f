namespace Mentorship.Web.Gateway.Models;

/// <summary>One criterion's share of a score: its weight, how well the pair meets it (0 to 1), the points it adds.</summary>
public sealed record CriterionContribution(string Criterion, double Weight, double Value, double Contribution, string Reason);
