using Aspire.Hosting.Testing;
using Mentorship.ServiceDefaults.Hosting;
using Npgsql;
using StackExchange.Redis;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// Searches everything the platform stores for some text: every row of every table of every service's
/// database (the whole row as text, so every column whatever its type), and every Redis key and value.
/// </summary>
public sealed class PlatformStores(PlatformFixture platform)
{
    private const string TablesSql = """
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        """;

    /// <summary>"database.table" or "redis key" for each place that holds one of the texts (case-insensitive).</summary>
    public async Task<IReadOnlyList<string>> FindAsync(params string[] texts)
    {
        var lowered = texts.Select(text => text.ToLowerInvariant()).ToArray();
        var found = new List<string>();
        foreach (var database in ResourceNames.Backends.Select(ResourceNames.DatabaseOf))
            found.AddRange(await FindInDatabaseAsync(database, lowered));
        found.AddRange(await FindInRedisAsync(lowered));
        return found;
    }

    private async Task<IEnumerable<string>> FindInDatabaseAsync(string database, string[] texts)
    {
        var connectionString = await platform.Platform.App.GetConnectionStringAsync(database)
            ?? throw new InvalidOperationException($"No connection string for {database}.");
        await using var data = NpgsqlDataSource.Create(connectionString);
        var tables = new List<string>();
        await using (var command = data.CreateCommand(TablesSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var command = data.CreateCommand(
                $"SELECT count(*) FROM \"{table}\" r WHERE " + string.Join(" OR ", texts.Select((_, i) => $"strpos(lower(r::text), ${i + 1}) > 0")));
            foreach (var text in texts)
                command.Parameters.Add(new NpgsqlParameter { Value = text });
            if ((long)(await command.ExecuteScalarAsync())! > 0)
                found.Add($"{database}.{table}");
        }

        return found;
    }

    private async Task<IEnumerable<string>> FindInRedisAsync(string[] texts)
    {
        var connectionString = await platform.Platform.App.GetConnectionStringAsync(ResourceNames.Cache)
            ?? throw new InvalidOperationException("No connection string for the cache.");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString + ",allowAdmin=true");
        var database = redis.GetDatabase();
        var found = new List<string>();
        foreach (var server in redis.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: "*"))
            {
                var content = $"{key} {await ValueOfAsync(database, key)}";
                if (texts.Any(text => content.Contains(text, StringComparison.OrdinalIgnoreCase)))
                    found.Add($"redis {key}");
            }
        }

        return found;
    }

    private static async Task<string> ValueOfAsync(IDatabase database, RedisKey key) =>
        await database.KeyTypeAsync(key) switch
        {
            RedisType.String => (string?)await database.StringGetAsync(key) ?? "",
            RedisType.Hash => string.Join(" ", (await database.HashGetAllAsync(key)).Select(e => $"{e.Name} {e.Value}")),
            RedisType.List => string.Join(" ", await database.ListRangeAsync(key)),
            RedisType.Set => string.Join(" ", await database.SetMembersAsync(key)),
            RedisType.SortedSet => string.Join(" ", await database.SortedSetRangeByRankAsync(key)),
            _ => "",
        };
}
