using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mentorship.AppHost.LocalServers;

/// <summary>
/// Where the local servers keep their data between runs (git-ignored .data/ by default), with the
/// passwords they were made with: Aspire does not persist generated parameters, and a kept cluster
/// would refuse a new password.
/// </summary>
public sealed class DataFolder(string root)
{
    private const string PasswordAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public string Root { get; } = Path.GetFullPath(root);

    public string For(string server) => Path.Combine(Root, server);

    /// <summary>
    /// PostgreSQL runs as the 'postgres' user when the AppHost is root; a folder that user cannot reach
    /// (a clone under /root) gets its cluster under /var/tmp instead, one per data folder.
    /// </summary>
    public string PostgresCluster(string server, bool runsAsOtherUser) =>
        runsAsOtherUser && !ReachableByOthers(Root)
            ? Path.Combine("/var/tmp", "mentorship-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Root)))[..12], server)
            : For(server);

    /// <summary>The password kept for the server, generated on first use (the file is readable by its owner only).</summary>
    public string PasswordOf(string server)
    {
        var file = Path.Combine(Root, "passwords.json");
        var passwords = File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [] : [];
        if (passwords.TryGetValue(server, out var password))
            return password;

        passwords[server] = password = RandomNumberGenerator.GetString(PasswordAlphabet, 24);
        Directory.CreateDirectory(Root);
        File.WriteAllText(file, JsonSerializer.Serialize(passwords));
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    /// <summary>Deletes every server's data and passwords, and a PostgreSQL cluster moved under /var/tmp.</summary>
    public void Reset(string postgres)
    {
        foreach (var folder in new[] { Root, Path.GetDirectoryName(PostgresCluster(postgres, runsAsOtherUser: true))! }.Distinct())
        {
            if (Directory.Exists(folder) && folder != "/var/tmp")
                Directory.Delete(folder, recursive: true);
        }
    }

    private static bool ReachableByOthers(string path)
    {
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder) && !File.GetUnixFileMode(folder).HasFlag(UnixFileMode.OtherExecute))
                return false;
        }

        return true;
    }
}
