namespace Mentorship.ServiceDefaults.Identity;

/// <summary>Claim types of the platform's bearer tokens, kept as the token spells them (no inbound mapping).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Roles = "roles";
    public const string Programmes = "programmes";

    /// <summary>
    /// A staff role in one programme, "{programmeId}:{role}" (ProgrammeRoleClaims), one claim per grant:
    /// the identity service's shape, where coordinator of A and referent of B stay apart.
    /// </summary>
    public const string ProgrammeRoles = "programme_roles";

    public const string Locale = "locale";
}
