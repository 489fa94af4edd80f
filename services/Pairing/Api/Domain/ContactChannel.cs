namespace Mentorship.Pairing.Domain;

public enum ContactChannel
{
    Phone,
    Mail,
    Meeting,
    Video,
    Other,
}
