namespace Mentorship.Web.Gateway.Models;

public sealed record RoleRequirements(IReadOnlyList<EligibilityRule> Eligibility, IReadOnlyList<PreparationStep> Preparation);
