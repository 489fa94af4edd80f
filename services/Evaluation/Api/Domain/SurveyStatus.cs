namespace Mentorship.Evaluation.Domain;

/// <summary>pending → completed; a survey is answered once.</summary>
public enum SurveyStatus
{
    Pending,
    Completed,
}
