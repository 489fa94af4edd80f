using Aspire.Hosting.Testing;
using Mentorship.Testing;
using Npgsql;
using StackExchange.Redis;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Tests.LocalServers;

/// <summary>
/// The AppHost's servers from the local installs, started for real (servers only). One test, because
/// each start costs 15 to 45 s of CPU: the first start (on an empty folder) also shows every service
/// database created.
/// </summary>
public sealed class LocalServersTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task Each_service_database_exists_once_the_servers_are_healthy_data_survives_a_restart_and_reset_starts_from_empty()
    {
        var data = _folder.For("data");
        await using (var first = await LocalPlatform.StartAsync(infrastructureOnly: true, Timeout, data))
        {
            await AssertEachServiceDatabaseExistsAsync(first);
            await ExecuteAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            await using var redis = await ConnectionMultiplexer.ConnectAsync((await first.App.GetConnectionStringAsync(Cache))!);
            await redis.GetDatabase().StringSetAsync("kept", "42");
        }

        await using (var second = await LocalPlatform.StartAsync(infrastructureOnly: true, Timeout, data))
        {
            Assert.Equal(42, await QueryAsync(second, "SELECT id FROM kept"));
            await using var redis = await ConnectionMultiplexer.ConnectAsync((await second.App.GetConnectionStringAsync(Cache))!);
            Assert.Equal("42", (string?)await redis.GetDatabase().StringGetAsync("kept"));
        }

        await using var reset = await LocalPlatform.StartAsync(infrastructureOnly: true, Timeout, data, reset: true);
        var missing = await Assert.ThrowsAsync<PostgresException>(() => QueryAsync(reset, "SELECT id FROM kept"));
        Assert.Equal(PostgresErrorCodes.UndefinedTable, missing.SqlState);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task AssertEachServiceDatabaseExistsAsync(LocalPlatform platform)
    {
        foreach (var service in Services)
        {
            await platform.WaitForHealthyAsync(DatabaseOf(service), CancellationToken.None);
            await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync(DatabaseOf(service)));
            await connection.OpenAsync();
            Assert.Equal(DatabaseOf(service), connection.Database);
        }
    }

    private static async Task ExecuteAsync(LocalPlatform platform, string sql)
    {
        await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync(EnrollmentDb));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> QueryAsync(LocalPlatform platform, string sql)
    {
        await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync(EnrollmentDb));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
