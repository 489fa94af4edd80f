namespace Mentorship.Web.Gateway.Models;

/// <summary>
/// One eligibility rule of a template. <see cref="Answer"/> names the answer it reads; kinds:
/// answer-is-true, answer-in, minimum-language-level, maximum-age (reads the birth date),
/// maximum-years-since (a year), any-of (<see cref="AnyOf"/>).
/// </summary>
public sealed record EligibilityRule(
    string Id,
    string Description,
    string Kind,
    string? Answer,
    IReadOnlyList<string>? AllowedValues,
    int? Maximum,
    string? MinimumLevel,
    IReadOnlyList<EligibilityRule>? AnyOf);
