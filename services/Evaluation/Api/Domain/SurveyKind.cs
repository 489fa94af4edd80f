namespace Mentorship.Evaluation.Domain;

/// <summary>
/// Why a survey was sent: "baseline" when the pair starts (the state of each effect dimension before the
/// mentoring), "closure" for the end-of-pair evaluation; both go to each member.
/// </summary>
public enum SurveyKind
{
    Closure,
    Baseline,
}
