using System.Collections.Concurrent;
using MassTransit;
using Mentorship.ServiceDefaults.Backend.Outbox;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>
/// A second batched consumer of <see cref="EntryAdded"/> beside <see cref="BatchTallyConsumer"/>: it only
/// remembers what its own code applied, and in batches of what size, so a test sees whose code ran.
/// </summary>
public sealed class BatchWitnessConsumer : IConsumer<EntryAdded>, IBatchApplier<EntryAdded>
{
    private static readonly ConcurrentDictionary<Guid, (int Applied, int LargestBatch)> Seen = new();

    public static int AppliedCount(Guid entryId) => Seen.GetValueOrDefault(entryId).Applied;

    public static int LargestBatchWith(Guid entryId) => Seen.GetValueOrDefault(entryId).LargestBatch;

    public Task Consume(ConsumeContext<EntryAdded> context) => ApplyAsync([context.Message], context.CancellationToken);

    public Task ApplyAsync(IReadOnlyList<EntryAdded> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
            Seen.AddOrUpdate(message.EntryId, (1, messages.Count), (_, seen) => (seen.Applied + 1, Math.Max(seen.LargestBatch, messages.Count)));
        return Task.CompletedTask;
    }
}
