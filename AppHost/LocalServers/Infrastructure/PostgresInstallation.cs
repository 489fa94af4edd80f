using System.Globalization;
using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Infrastructure;

/// <summary>The programs of the newest local PostgreSQL: Debian keeps them in /usr/lib/postgresql/{major}/bin.</summary>
public sealed record PostgresInstallation(string InitDb, string Postgres, int? MajorVersion)
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The newest installed version, else initdb and postgres from PATH; null when neither is there.</summary>
    public static PostgresInstallation? Locate()
    {
        var newest = Directory.Exists(DebianRoot)
            ? Directory.EnumerateDirectories(DebianRoot)
                .Select(directory => (Directory: directory, Version: int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(candidate => candidate.Version > 0 && File.Exists(Path.Combine(candidate.Directory, "bin", "postgres")))
                .OrderByDescending(candidate => candidate.Version)
                .FirstOrDefault()
            : default;
        if (newest.Directory is not null)
        {
            var bin = Path.Combine(newest.Directory, "bin");
            return new PostgresInstallation(Path.Combine(bin, "initdb"), Path.Combine(bin, "postgres"), newest.Version);
        }

        var initDb = Executables.Find("initdb");
        var postgres = Executables.Find("postgres");
        return initDb is null || postgres is null ? null : new PostgresInstallation(initDb, postgres, null);
    }
}
