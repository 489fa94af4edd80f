using Mentorship.Enrollment.Domain.Eligibility;
using Mentorship.Enrollment.Domain.Templates;
using Mentorship.Enrollment.Resources;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>
/// One rule's verdict on an application: the rule's code, whether it passed and the evidence (as
/// decided, for coordinators), with the rule's words and the outcome ("Met", "Not met", "Not answered:
/// answers.x") in the caller's language.
/// </summary>
public sealed record EligibilityVerdictView(string Rule, bool Passed, string Evidence, string Description, string Outcome)
{
    public static EligibilityVerdictView From(
        EligibilityVerdict verdict, RoleRequirements requirements, ApplicantFacts facts, string language)
    {
        var rule = requirements.Eligibility.SelectMany(r => r.SelfAndParts()).FirstOrDefault(r => r.Id == verdict.Rule);
        var unanswered = verdict.Passed || rule is null ? [] : EligibilityEvaluator.Unanswered(rule, facts);
        var outcome = verdict.Passed ? EnrollmentTexts.All.Get("verdict.met", language)
            : unanswered.Count > 0 ? EnrollmentTexts.All.Format("verdict.not-answered", language, string.Join(", ", unanswered))
            : EnrollmentTexts.All.Get("verdict.not-met", language);
        return new(verdict.Rule, verdict.Passed, verdict.Evidence, EnrollmentTexts.Rule(verdict.Rule, language), outcome);
    }
}
