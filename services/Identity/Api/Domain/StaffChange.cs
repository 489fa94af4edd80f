namespace Mentorship.Identity.Domain;

public enum StaffChange
{
    Granted,
    Revoked,
}
