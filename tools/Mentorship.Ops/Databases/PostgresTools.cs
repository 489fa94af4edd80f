using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace Mentorship.Ops.Databases;

/// <summary>
/// Backups with PostgreSQL's own tools, in their custom format (compressed, restorable table by
/// table). The connection string is the service's (ConnectionStrings__&lt;service&gt;db); it reaches the
/// tools through PG* environment variables, so the password never shows in a process list.
/// </summary>
public static class PostgresTools
{
    /// <summary>Writes the whole database to the file (pg_dump --format=custom).</summary>
    public static Task BackupAsync(string connectionString, FileInfo output, DirectoryInfo? tools, CancellationToken cancellationToken = default) =>
        RunAsync(Tool("pg_dump", tools), connectionString, ["--format=custom", "--no-owner", "--no-privileges", $"--file={output.FullName}"], cancellationToken);

    /// <summary>
    /// Replaces what the backup holds in the database (pg_restore --clean --if-exists), in one
    /// transaction: a restore that fails leaves the database as it was.
    /// </summary>
    public static Task RestoreAsync(string connectionString, FileInfo input, DirectoryInfo? tools, CancellationToken cancellationToken = default)
    {
        if (!input.Exists)
            throw new OpsException($"{input.FullName} does not exist.");
        // pg_restore restores into a database only when one is named; the name is no secret, PGDATABASE has it too.
        var database = LibpqEnvironment(connectionString).Single(variable => variable.Name == "PGDATABASE").Value;
        return RunAsync(Tool("pg_restore", tools), connectionString,
            [$"--dbname={database}", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", input.FullName],
            cancellationToken);
    }

    /// <summary>The tool from the given folder (a server version's bin folder), else from the PATH.</summary>
    private static string Tool(string name, DirectoryInfo? folder) => folder is null ? name : Path.Combine(folder.FullName, name);

    private static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in LibpqEnvironment(connectionString))
            start.Environment[name] = value;

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception missing)
        {
            throw new OpsException(
                $"{tool} could not be started ({missing.Message}). Install PostgreSQL's client tools, of the server's major version or newer " +
                "(Debian: apt-get install postgresql-client), and put them on the PATH or name their folder with --tools.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
                throw new OpsException($"{tool} failed (exit code {process.ExitCode}): {(await errors).Trim()} {(await output).Trim()}".TrimEnd());
        }
    }

    /// <summary>libpq's variables for the parts of an Npgsql connection string the tools need.</summary>
    internal static IEnumerable<(string Name, string Value)> LibpqEnvironment(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException invalid)
        {
            throw new OpsException($"The connection string is not valid: {invalid.Message}");
        }

        if (string.IsNullOrEmpty(parsed.Database))
            throw new OpsException("The connection string names no database (Database=…).");
        yield return ("PGDATABASE", parsed.Database);
        if (!string.IsNullOrEmpty(parsed.Host))
            yield return ("PGHOST", parsed.Host);
        yield return ("PGPORT", parsed.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(parsed.Username))
            yield return ("PGUSER", parsed.Username);
        if (!string.IsNullOrEmpty(parsed.Password))
            yield return ("PGPASSWORD", parsed.Password);
        if (parsed.SslMode != SslMode.Prefer)
            yield return ("PGSSLMODE", parsed.SslMode.ToString().ToLowerInvariant() switch
            {
                "verifyca" => "verify-ca",
                "verifyfull" => "verify-full",
                var mode => mode,
            });
    }
}
