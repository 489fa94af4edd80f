using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.AppHost.LocalServers;

public static class PostgresExtensions
{
    private const string AdminUser = "postgres";

    // First run only: makes the cluster as the postgres user (scram-sha-256, the kept password), and
    // refuses a cluster of another major version or a folder that is not a cluster rather than touch it.
    private const string InitScript = """
        set -e
        cluster="$1"; bin="$2"; major="$3"; shift 3
        if [ -f "$cluster/PG_VERSION" ]; then
          made=$(cat "$cluster/PG_VERSION")
          [ "$made" = "$major" ] || { echo "$cluster holds a PostgreSQL $made cluster but $major is installed: start with --reset to delete it." >&2; exit 1; }
          echo "PostgreSQL $major cluster in $cluster"; exit 0
        fi
        if [ -n "$(ls -A "$cluster" 2>/dev/null)" ]; then
          echo "$cluster is not empty but holds no PostgreSQL cluster: start with --reset to delete it." >&2; exit 1
        fi
        mkdir -p "$cluster"; chmod 700 "$cluster"
        pwfile=$(mktemp); trap 'rm -f "$pwfile"' EXIT
        printf '%s' "$POSTGRES_PASSWORD" > "$pwfile"
        if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$cluster" "$pwfile"; fi
        "$@" "$bin/initdb" -D "$cluster" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --no-locale --no-instructions ${POSTGRES_INITDB_FLAGS} \
          || { rm -rf "$cluster"; exit 1; }
        """;

    /// <summary>
    /// PostgreSQL from the local install, its cluster in the data folder. PostgreSQL refuses root, so a
    /// root AppHost runs initdb and the server as the postgres user (setpriv execs: signals reach it).
    /// Not durable (fsync off) is for throw-away test data.
    /// </summary>
    public static IResourceBuilder<LocalServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, DataFolder data, bool durable)
    {
        var (bin, major) = Installations.Postgres();
        var asRoot = Environment.UserName == "root";
        string[] asPostgres = asRoot ? ["--reuid=postgres", "--regid=postgres", "--init-groups", "--"] : [];
        var cluster = data.PostgresCluster(name, asRoot);
        var password = data.PasswordOf(name);
        Directory.CreateDirectory(data.Root);

        var init = builder.AddExecutable($"{name}-init", "/bin/sh", data.Root,
                ["-c", InitScript, "init", cluster, bin, major, .. asRoot ? ["/usr/bin/setpriv", .. asPostgres] : Array.Empty<string>()])
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithEnvironment("POSTGRES_INITDB_FLAGS", durable ? "" : "--no-sync")
            .ExcludeFromManifest();

        var port = FreePorts.Next();
        string[] server =
        [
            Path.Combine(bin, "postgres"), "-D", cluster, "-p", LocalServerExtensions.Text(port),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
            .. durable ? Array.Empty<string>() : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        ];
        var connectionString = $"Host=localhost;Port={port};Username={AdminUser};Password={password}";
        return builder.AddLocalServer(name, asRoot ? "/usr/bin/setpriv" : server[0], data.Root, port, connectionString,
                (checks, key) => checks.AddNpgSql($"{connectionString};Database=postgres;Timeout=3", name: key))
            .WithArgs(asRoot ? [.. asPostgres, .. server] : server[1..])
            .WaitForCompletion(init);
    }

    /// <summary>A database on the server, created (if missing) as soon as the server is healthy.</summary>
    public static IResourceBuilder<LocalDatabaseResource> AddLocalDatabase(this IResourceBuilder<LocalServerResource> server, string name)
    {
        var builder = server.ApplicationBuilder;
        var database = new LocalDatabaseResource(name, server.Resource);
        var healthCheck = $"{name}-probe";
        builder.Services.AddHealthChecks().AddNpgSql(database.ConnectionString, name: healthCheck);
        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (ready, cancellationToken) =>
        {
            await CreateDatabaseAsync(server.Resource.ConnectionString, name, cancellationToken);
            await ready.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running });
        });

        return builder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] })
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    private static async Task CreateDatabaseAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection($"{connectionString};Database=postgres;Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // Resource names are plain lower-case identifiers (ResourceNames).
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
