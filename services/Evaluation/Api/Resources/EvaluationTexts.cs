using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.Evaluation.Resources;

/// <summary>Evaluation's participant-facing words (survey titles, questions, options, why an answer is refused) in fr, nl and en: Texts.*.resx.</summary>
public static class EvaluationTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(EvaluationTexts));
}
