namespace Mentorship.Load.Running;

/// <summary>
/// One event's way through the platform, from the services' own records: stored in the producer's
/// outbox (with the change that caused it), handed to the broker, claimed by the consumer's inbox.
/// </summary>
public sealed record EventTiming(Guid MessageId, DateTimeOffset Stored, DateTimeOffset? Dispatched, DateTimeOffset? Applied);

/// <summary>What a run's event timings say: how many were applied and how long each stage took.</summary>
public sealed record EventTimingSummary(int Stored, int Applied, IReadOnlyList<double> TotalMs, IReadOnlyList<double> OutboxMs, IReadOnlyList<double> BrokerAndConsumerMs)
{
    /// <summary>Delays in milliseconds, each list sorted; an event not yet applied counts in <see cref="Stored"/> only.</summary>
    public static EventTimingSummary Of(IReadOnlyCollection<EventTiming> timings)
    {
        var applied = timings.Where(t => t is { Dispatched: not null, Applied: not null }).ToList();
        return new EventTimingSummary(
            timings.Count,
            applied.Count,
            Sorted(applied.Select(t => t.Applied!.Value - t.Stored)),
            Sorted(applied.Select(t => t.Dispatched!.Value - t.Stored)),
            Sorted(applied.Select(t => t.Applied!.Value - t.Dispatched!.Value)));
    }

    // The dispatcher marks a batch once the broker confirmed all of it, so a consumer can claim a message
    // before its batch is marked. That stage counts as zero, not negative; the total is exact either way.
    private static List<double> Sorted(IEnumerable<TimeSpan> delays) =>
        delays.Select(d => Math.Max(0, d.TotalMilliseconds)).Order().ToList();
}
