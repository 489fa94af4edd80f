namespace Mentorship.Evaluation.Domain;

/// <summary>
/// Why a survey was sent: "baseline" when the pair starts (the state of each effect dimension before the
/// mentoring), "pulse" every few weeks while it is active (a short check-in), "closure" for the
/// end-of-pair evaluation; each goes to both members.
/// </summary>
public enum SurveyKind
{
    Closure,
    Baseline,
    Pulse,
}
