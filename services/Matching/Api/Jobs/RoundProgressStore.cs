using System.Globalization;
using StackExchange.Redis;

namespace Mentorship.Matching.Jobs;

/// <summary>
/// Live progress of running rounds in Redis, so whichever replica answers GET sees the worker's latest
/// phase and fraction. The database keeps a coarser copy (the heartbeat) for when Redis is away.
/// </summary>
public sealed partial class RoundProgressStore(IConnectionMultiplexer redis, ILogger<RoundProgressStore> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    public void Publish(Guid roundId, string phase, double fraction)
    {
        try
        {
            var key = Key(roundId);
            var database = redis.GetDatabase();
            database.HashSet(key, [new("phase", phase), new("fraction", fraction.ToString("R", CultureInfo.InvariantCulture))], CommandFlags.FireAndForget);
            database.KeyExpire(key, KeepFor, CommandFlags.FireAndForget);
        }
        catch (RedisException exception)
        {
            LogUnavailable(exception);
        }
    }

    public async Task<(string Phase, double Fraction)?> ReadAsync(Guid roundId)
    {
        try
        {
            var values = await redis.GetDatabase().HashGetAsync(Key(roundId), ["phase", "fraction"]);
            if (values[0].IsNull || values[1].IsNull)
                return null;
            return (values[0].ToString(), double.Parse(values[1].ToString(), CultureInfo.InvariantCulture));
        }
        catch (RedisException exception)
        {
            LogUnavailable(exception);
            return null;
        }
    }

    private static RedisKey Key(Guid roundId) => $"matching:round-progress:{roundId}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable for round progress; the database heartbeat is used instead")]
    private partial void LogUnavailable(Exception exception);
}
