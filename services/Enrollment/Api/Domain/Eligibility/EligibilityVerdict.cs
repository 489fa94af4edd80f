namespace Mentorship.Enrollment.Domain.Eligibility;

/// <summary>The outcome of one rule on one application, with what it was decided on.</summary>
public sealed record EligibilityVerdict(string Rule, bool Passed, string Evidence);
