using Mentorship.Enrollment.Domain.Eligibility;

namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>What a programme asks of one role: who may apply, and what they complete before matching.</summary>
public sealed record RoleRequirements(IReadOnlyList<EligibilityRule> Eligibility, IReadOnlyList<PreparationStep> Preparation);
