using System.Globalization;

namespace Mentorship.AppHost.LocalServers;

/// <summary>Finds the servers' programs where Debian installs them.</summary>
public static class Installations
{
    public const string Hint = "run deploy/local/install-prerequisites.sh";

    /// <summary>The bin folder of the newest PostgreSQL in /usr/lib/postgresql, with its major version.</summary>
    public static (string Bin, string Major) Postgres()
    {
        var newest = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Where(folder => File.Exists(Path.Combine(folder, "bin", "postgres")))
                .MaxBy(folder => int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : -1)
            : null;
        return newest is null
            ? throw Missing("PostgreSQL", "postgresql")
            : (Path.Combine(newest, "bin"), Path.GetFileName(newest));
    }

    /// <summary>The program at the first of the given places that has it, else on PATH.</summary>
    public static string Find(string program, string package, params string[] places) =>
        places
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, program)))
            .FirstOrDefault(File.Exists)
        ?? throw Missing(program, package);

    private static InvalidOperationException Missing(string what, string package) =>
        new($"{what} is not installed (Debian package '{package}'): {Hint}.");
}
