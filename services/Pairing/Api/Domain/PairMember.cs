namespace Mentorship.Pairing.Domain;

/// <summary>The side a person holds in a pair; membership decides, not the roles in the token.</summary>
public enum PairMember
{
    Mentee,
    Mentor,
}
