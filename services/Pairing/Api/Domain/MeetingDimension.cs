namespace Mentorship.Pairing.Domain;

/// <summary>What a meeting addressed; evaluation relates effects to how far each dimension was covered.</summary>
public enum MeetingDimension
{
    Professional,
    Personal,
    Academic,
}
