using Mentorship.Load.Running;
using Mentorship.Ops.Errors;

namespace Mentorship.Drills.Platform;

/// <summary>
/// Messages MassTransit set aside during a drill: in an "_error" queue (a consumer gave up on it) or a
/// "_skipped" queue (no consumer took it). Neither may happen to a fault the platform should ride out,
/// and neither shows in the services' databases until someone replays it, so the drill looks.
/// </summary>
public static class MovedAside
{
    private const string SkippedSuffix = "_skipped";
    private const int SampledForReasons = 50;

    public static IEnumerable<string> Queues =>
        KnownQueues.Consumers.SelectMany(queue => new[] { queue + ErrorQueues.Suffix, queue + SkippedSuffix });

    public static async Task<IReadOnlyList<ErrorQueueSummary>> CountAsync(string eventBus, CancellationToken cancellationToken)
    {
        await using var queues = await ErrorQueues.ConnectAsync(eventBus, cancellationToken);
        return await queues.SummarizeAsync(Queues, SampledForReasons, cancellationToken);
    }

    /// <summary>Fails the report for every queue that holds more than before the drill, with its commonest reasons.</summary>
    public static void Check(DrillReport report, IReadOnlyList<ErrorQueueSummary> before, IReadOnlyList<ErrorQueueSummary> after)
    {
        var moved = 0L;
        foreach (var queue in after)
        {
            var added = (long)queue.MessageCount - (before.FirstOrDefault(b => b.Queue == queue.Queue)?.MessageCount ?? 0);
            if (added <= 0)
                continue;
            moved += added;
            report.Fail($"{added} message(s) moved to {queue.Queue}: " + string.Join("; ", queue.TopReasons.Select(r => $"{r.Reason} x {r.Count}")));
        }

        if (moved == 0)
            report.Note("messages moved to an _error or _skipped queue: none");
    }
}
