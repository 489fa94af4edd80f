namespace Mentorship.Matching.Domain;

public enum ParticipantRole
{
    Mentee,
    Mentor,
}
