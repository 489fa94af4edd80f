using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Mentorship.AppHost.Processes;
using Npgsql;

namespace Mentorship.AppHost.Infrastructure;

/// <summary>
/// A PostgreSQL cluster in the data folder: initdb on first start (scram-sha-256, the generated password),
/// then postgres on 127.0.0.1 only, without a socket directory. PostgreSQL refuses to run as root, so a
/// root AppHost runs it as the 'postgres' system user.
/// </summary>
public sealed partial class PostgresServer : LocalServer
{
    public const string AdminUser = "postgres";
    private const string SystemUser = "postgres";
    private const string AdminDatabase = "postgres";

    public PostgresServer(LocalServerOptions options)
        : base(options)
    {
    }

    public override string Kind => "PostgreSQL";

    /// <summary>The server connection string (no database), as Aspire's PostgreSQL server resource gives it.</summary>
    public override string ConnectionString => $"Host=localhost;Port={Port};Username={AdminUser};Password={Options.Password}";

    /// <summary>Where the cluster lives: the data folder, unless the 'postgres' user cannot reach it (see StartAsync).</summary>
    public string? ClusterDirectory { get; private set; }

    public string GetConnectionString(string database) => $"{ConnectionString};Database={database}";

    /// <summary>
    /// Where a root-run cluster goes when the postgres user cannot reach the data folder (a clone under
    /// /root): a folder of its own under /var/tmp, named after the data folder so each has its cluster.
    /// </summary>
    public static string RelocatedClusterDirectory(string dataDirectory)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..12];
        return Path.Combine("/var/tmp", $"mentorship-{hash}", "postgres");
    }

    /// <summary>Creates the database unless it exists.</summary>
    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!DatabaseName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a plain lower-case database name.", nameof(name));

        await using var connection = await OpenAsync(AdminDatabase, cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = name } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            return;

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created meanwhile by another caller: what was asked for is there.
        }
    }

    /// <summary>Opens a connection to the database and runs SELECT 1; throws when it cannot.</summary>
    public async Task ProbeDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(database, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    protected override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var installation = PostgresInstallation.Locate() ?? throw new ServerNotInstalledException(Kind, "postgresql");
        var runAs = UnixUser.IsRoot ? SystemUser : null;
        if (runAs is not null && !UnixUser.Exists(runAs))
            throw new ServerNotInstalledException($"{Kind} (its '{SystemUser}' system user, needed when running as root)", "postgresql");

        ClusterDirectory = await ResolveClusterDirectoryAsync(runAs, cancellationToken);
        var versionFile = Path.Combine(ClusterDirectory, "PG_VERSION");
        if (!File.Exists(versionFile))
            await InitializeClusterAsync(installation, ClusterDirectory, runAs, cancellationToken);
        else if (installation.MajorVersion is { } major && File.ReadAllText(versionFile).Trim() != major.ToString(CultureInfo.InvariantCulture))
            throw new InvalidOperationException(
                $"The cluster in {ClusterDirectory} was made by PostgreSQL {File.ReadAllText(versionFile).Trim()}, but {major} is installed: start with --reset to make a new one.");

        string[] arguments =
        [
            "-D", ClusterDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200",
            .. Options.Durable ? Array.Empty<string>() : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        ];
        // SIGINT is PostgreSQL's fast shutdown: sessions end, the checkpoint is written.
        StartProcess(new ProcessSpec(installation.Postgres, arguments) { RunAsUser = runAs }, UnixSignal.Interrupt);
    }

    protected override Task ProbeAsync(CancellationToken cancellationToken) => ProbeDatabaseAsync(AdminDatabase, cancellationToken);

    private async Task<string> ResolveClusterDirectoryAsync(string? runAs, CancellationToken cancellationToken)
    {
        var preferred = Path.GetFullPath(Options.DataDirectory);
        var parent = Path.GetDirectoryName(preferred)!;
        Directory.CreateDirectory(parent);
        if (runAs is null || await RunAsync(new ProcessSpec("/usr/bin/test", ["-x", parent]) { RunAsUser = runAs }, cancellationToken) == 0)
            return preferred;

        var relocated = RelocatedClusterDirectory(preferred);
        Write($"The '{runAs}' user cannot reach {parent} (a parent folder is private to root), so the cluster lives in {relocated}.");
        return relocated;
    }

    private async Task InitializeClusterAsync(PostgresInstallation installation, string cluster, string? runAs, CancellationToken cancellationToken)
    {
        Write($"Initialising a new cluster in {cluster}");
        if (Directory.Exists(cluster))
            Directory.Delete(cluster, recursive: true);
        Directory.CreateDirectory(Path.GetDirectoryName(cluster)!);
        PrivateFiles.CreateDirectory(cluster);

        var passwordFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(passwordFile, Options.Password, cancellationToken);
            if (runAs is not null)
                await RunStepAsync(new ProcessSpec("/bin/chown", [$"{runAs}:{runAs}", cluster, passwordFile]), cancellationToken);

            string[] arguments =
            [
                "-D", cluster, "-U", AdminUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                "-E", "UTF8", "--no-locale", "--no-instructions", .. Options.Durable ? Array.Empty<string>() : ["--no-sync"],
            ];
            await RunStepAsync(new ProcessSpec(installation.InitDb, arguments) { RunAsUser = runAs }, cancellationToken);
        }
        catch
        {
            // A half-made cluster would be taken for a real one next time.
            Directory.Delete(cluster, recursive: true);
            throw;
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection($"{GetConnectionString(database)};Pooling=false;Timeout=5;Command Timeout=30");
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
