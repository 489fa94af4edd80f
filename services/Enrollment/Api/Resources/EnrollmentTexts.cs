using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.Enrollment.Resources;

/// <summary>Enrollment's participant-facing words (rules, preparation steps, verdicts, what a refused field must hold) in fr, nl and en: Texts.*.resx.</summary>
public static class EnrollmentTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(EnrollmentTexts));

    public static string Rule(string ruleId, string language) => All.Get($"rule.{ruleId}", language);

    public static string Step(string stepId, string language) => All.Get($"step.{stepId}", language);
}
