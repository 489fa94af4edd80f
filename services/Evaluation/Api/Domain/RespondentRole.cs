namespace Mentorship.Evaluation.Domain;

public enum RespondentRole
{
    Mentee,
    Mentor,
}
