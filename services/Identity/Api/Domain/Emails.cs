namespace Mentorship.Identity.Domain;

public static class Emails
{
    /// <summary>One spelling per address, so "Ada@Example.org " and "ada@example.org" are one person.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>What the display name starts as, until the person gives one: the address's local part.</summary>
    public static string LocalPart(string email) => email.Split('@')[0];
}
