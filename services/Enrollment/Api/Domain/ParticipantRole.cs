namespace Mentorship.Enrollment.Domain;

public enum ParticipantRole
{
    Mentee,
    Mentor,
}
