namespace Mentorship.ServiceDefaults.Identity;

/// <summary>The values of the "programme_roles" claim: "{programmeId}:{role}".</summary>
public static class ProgrammeRoleClaims
{
    private const char Separator = ':';

    public static string Format(Guid programmeId, string role) => $"{programmeId:D}{Separator}{role}";

    /// <summary>False for a value not of that shape, which is then ignored rather than trusted.</summary>
    public static bool TryParse(string value, out Guid programmeId, out string role)
    {
        var separator = value.IndexOf(Separator, StringComparison.Ordinal);
        role = separator < 0 ? "" : value[(separator + 1)..];
        programmeId = Guid.Empty;
        return separator > 0 && role.Length > 0 && Guid.TryParse(value.AsSpan(0, separator), out programmeId);
    }
}
