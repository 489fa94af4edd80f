using System.Globalization;
using StackExchange.Redis;

namespace Mentorship.Messaging.Caching;

/// <summary>
/// Per person, a Redis hash of unread messages per pair ("messaging:unread:{personId}", field = pair id).
/// Redis is only a fast copy: the database's read markers are the truth, so every write here is best
/// effort (logged, never failing the request), increments touch only hashes that exist, and a missing
/// hash is rebuilt from the database. A marker field keeps a seeded hash alive when every count is zero,
/// and the hash expires a day after seeding so any drift from races between a seed and a post heals.
/// </summary>
public sealed partial class UnreadCounters(IConnectionMultiplexer redis, ILogger<UnreadCounters> logger)
{
    public static readonly TimeSpan SeedLifetime = TimeSpan.FromDays(1);
    private const string SeededField = "seeded";

    private static readonly LuaScript IncrementIfSeeded = LuaScript.Prepare(
        "if redis.call('EXISTS', @key) == 1 then return redis.call('HINCRBY', @key, @field, 1) end return -1");

    public static string KeyOf(Guid personId) => $"messaging:unread:{personId}";

    public async Task IncrementAsync(IEnumerable<Guid> readers, Guid pairId)
    {
        await TryAsync("increment", async database =>
        {
            foreach (var reader in readers)
                await database.ScriptEvaluateAsync(IncrementIfSeeded, new { key = (RedisKey)KeyOf(reader), field = (RedisValue)Field(pairId) });
        });
    }

    public Task ResetAsync(Guid personId, Guid pairId) =>
        TryAsync("reset", database => database.HashDeleteAsync(KeyOf(personId), Field(pairId)));

    /// <summary>The counts per pair, or null when Redis has none for this person or cannot be reached.</summary>
    public async Task<Dictionary<Guid, long>?> ReadAsync(Guid personId)
    {
        Dictionary<Guid, long>? counts = null;
        await TryAsync("read", async database =>
        {
            var entries = await database.HashGetAllAsync(KeyOf(personId));
            if (entries.Length == 0)
                return;
            counts = entries
                .Where(e => e.Name != SeededField && (long)e.Value > 0)
                .ToDictionary(e => Guid.Parse(e.Name.ToString()), e => (long)e.Value);
        });
        return counts;
    }

    public Task SeedAsync(Guid personId, IReadOnlyDictionary<Guid, long> counts) =>
        TryAsync("seed", async database =>
        {
            var key = KeyOf(personId);
            var entries = counts.Select(c => new HashEntry(Field(c.Key), c.Value))
                .Append(new HashEntry(SeededField, 1))
                .ToArray();
            var transaction = database.CreateTransaction();
            _ = transaction.KeyDeleteAsync(key);
            _ = transaction.HashSetAsync(key, entries);
            _ = transaction.KeyExpireAsync(key, SeedLifetime);
            await transaction.ExecuteAsync();
        });

    /// <summary>
    /// Deletes the person's counts for an erasure. Unlike the other writes it fails when Redis does: the
    /// erasure is then retried rather than confirmed with the counts still there.
    /// </summary>
    public async Task ForgetAsync(Guid personId)
    {
        if (!redis.IsConnected)
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected; the person's unread counts cannot be erased yet.");
        await redis.GetDatabase().KeyDeleteAsync(KeyOf(personId));
    }

    private static string Field(Guid pairId) => pairId.ToString("D", CultureInfo.InvariantCulture);

    private async Task TryAsync(string operation, Func<IDatabase, Task> action)
    {
        if (!redis.IsConnected)
        {
            LogUnavailable(operation);
            return;
        }

        try
        {
            await action(redis.GetDatabase());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogFailed(exception, operation);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is not connected; unread counts skipped the {Operation} and will be rebuilt from the database")]
    private partial void LogUnavailable(string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed the unread-count {Operation}; the counts will be rebuilt from the database")]
    private partial void LogFailed(Exception exception, string operation);
}
