using Mentorship.AppHost.Infrastructure;
using Mentorship.AppHost.Processes;
using Mentorship.AppHost.Tests.Processes;
using Npgsql;

namespace Mentorship.AppHost.Tests.Infrastructure;

public sealed class PostgresServerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task A_new_cluster_accepts_connections_and_keeps_its_data_across_a_restart()
    {
        var server = new PostgresServer(new LocalServerOptions { DataDirectory = _folder.For("postgres"), Password = "pw-" + Guid.NewGuid().ToString("N"), Durable = false });
        await server.StartAndWaitAsync(TimeSpan.FromSeconds(60));
        var table = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE TABLE {table} (id int); INSERT INTO {table} VALUES (42)");
        var port = server.Port;
        var before = ProcessAssert.TreeOf(server);

        await server.StopAsync();
        ProcessAssert.AllGone(before);
        await server.StartAndWaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(port, server.Port);
        Assert.Equal(42, await ExecuteAsync(server, $"SELECT id FROM {table}"));
        var running = ProcessAssert.TreeOf(server);
        await server.StopAsync();
        ProcessAssert.AllGone(running);
    }

    [Fact]
    public async Task As_root_it_runs_as_the_postgres_user_and_moves_the_cluster_out_of_folders_that_user_cannot_reach()
    {
        var locked = _folder.For("root-only");
        PrivateFiles.CreateDirectory(locked);
        var dataDirectory = Path.Combine(locked, "postgres");
        var server = new PostgresServer(new LocalServerOptions { DataDirectory = dataDirectory, Password = "secret", Durable = false });
        try
        {
            await server.StartAndWaitAsync(TimeSpan.FromSeconds(60));
            await server.CreateDatabaseAsync("ordersdb");
            await server.CreateDatabaseAsync("ordersdb");
            await server.ProbeDatabaseAsync("ordersdb");

            var owner = File.ReadLines($"/proc/{server.MainProcess!.Id}/status").Single(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            if (UnixUser.IsRoot)
            {
                Assert.Equal(PostgresServer.RelocatedClusterDirectory(dataDirectory), server.ClusterDirectory);
                Assert.DoesNotContain("\t0\t", owner, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(dataDirectory, server.ClusterDirectory);
            }
        }
        finally
        {
            await server.StopAsync();
            if (server.ClusterDirectory != dataDirectory && Path.GetDirectoryName(server.ClusterDirectory) is { } relocated && Directory.Exists(relocated))
                Directory.Delete(relocated, recursive: true);
        }
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<object?> ExecuteAsync(PostgresServer server, string sql)
    {
        // Unpooled: a pooled connection would outlive the restart and fail on first use.
        await using var connection = new NpgsqlConnection(server.GetConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
