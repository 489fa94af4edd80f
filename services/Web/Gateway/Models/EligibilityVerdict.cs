namespace Mentorship.Web.Gateway.Models;

public sealed record EligibilityVerdict(string Rule, bool Passed, string Evidence, string Description, string Outcome);
