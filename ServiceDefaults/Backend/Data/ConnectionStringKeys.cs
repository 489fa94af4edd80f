namespace Mentorship.ServiceDefaults.Backend.Data;

internal static class ConnectionStringKeys
{
    /// <summary>Whether the connection string names one of the keys itself, spaced or cased as Npgsql accepts.</summary>
    public static bool Sets(string connectionString, params string[] keys) =>
        connectionString.Split(';').Select(part => part.Split('=')[0].Replace(" ", "", StringComparison.Ordinal).Trim())
            .Any(key => keys.Any(k => key.Equals(k, StringComparison.OrdinalIgnoreCase)));
}
