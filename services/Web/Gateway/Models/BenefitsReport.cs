namespace Mentorship.Web.Gateway.Models;

/// <summary>Perceived benefits, most chosen first, among the respondents who were asked.</summary>
public sealed record BenefitsReport(int Respondents, IReadOnlyList<BenefitFrequency> Benefits);
