namespace Mentorship.Evaluation.Domain;

/// <summary>Why a survey was sent; "closure" is the end-of-pair evaluation sent to both members.</summary>
public enum SurveyKind
{
    Closure,
}
