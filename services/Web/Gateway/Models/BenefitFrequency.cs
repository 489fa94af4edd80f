namespace Mentorship.Web.Gateway.Models;

/// <summary>How many respondents chose a benefit and their share; the label in the page's language.</summary>
public sealed record BenefitFrequency(string Benefit, string Label, int Count, double? Share);
