using System.Collections.Concurrent;
using MassTransit;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>
/// Tallies entries a batch at a time, as a batched consumer does (one query, one save), and refuses any
/// batch holding a poison entry: with it, the whole batch fails and only its own message keeps failing.
/// </summary>
public sealed class BatchTallyConsumer(LedgerDbContext db) : IConsumer<EntryAdded>, IBatchApplier<EntryAdded>
{
    public const string Reason = "The ledger refuses this poison entry.";

    private static readonly ConcurrentDictionary<Guid, byte> Poison = new();
    private static readonly ConcurrentDictionary<Guid, int> LargestBatch = new();

    public static void MarkPoison(Guid entryId) => Poison[entryId] = 0;

    /// <summary>The most messages of one batch (applied or refused) that held this entry.</summary>
    public static int LargestBatchWith(Guid entryId) => LargestBatch.GetValueOrDefault(entryId);

    public Task Consume(ConsumeContext<EntryAdded> context) => ApplyAsync([context.Message], context.CancellationToken);

    public async Task ApplyAsync(IReadOnlyList<EntryAdded> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
            LargestBatch.AddOrUpdate(message.EntryId, messages.Count, (_, n) => Math.Max(n, messages.Count));
        if (messages.Any(m => Poison.ContainsKey(m.EntryId)))
            throw new InvalidOperationException(Reason);

        var ids = messages.Select(m => m.EntryId).ToList();
        var tallies = await db.Tallies.Where(t => ids.Contains(t.EntryId)).ToDictionaryAsync(t => t.EntryId, cancellationToken);
        foreach (var message in messages)
        {
            if (!tallies.TryGetValue(message.EntryId, out var tally))
                db.Tallies.Add(tallies[message.EntryId] = new EntryTally { EntryId = message.EntryId });
            tallies[message.EntryId].Applied++;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
