using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Apis.Models;

public sealed record RoleRequirementsView(IReadOnlyList<EligibilityRuleView> Eligibility, IReadOnlyList<PreparationStepView> Preparation)
{
    public static RoleRequirementsView From(RoleRequirements requirements, string language) => new(
        requirements.Eligibility.Select(rule => EligibilityRuleView.From(rule, language)).ToList(),
        requirements.Preparation.Select(step => PreparationStepView.From(step, language)).ToList());
}
