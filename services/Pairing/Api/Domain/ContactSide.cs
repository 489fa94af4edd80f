namespace Mentorship.Pairing.Domain;

/// <summary>Whom the staff member was in contact with: MentorYou's coordinator calls each side in turn, or both together.</summary>
public enum ContactSide
{
    Mentee,
    Mentor,
    Both,
}
