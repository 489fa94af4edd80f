using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>Counts every application of an event: a count above one means a duplicate got through.</summary>
public sealed class TallyConsumer(LedgerDbContext db) : IConsumer<EntryAdded>
{
    private static readonly ConcurrentDictionary<Guid, int> Invocations = new();

    /// <summary>How many times the consumer ran for an entry, committed or not.</summary>
    public static int InvocationsFor(Guid entryId) => Invocations.GetValueOrDefault(entryId);

    public async Task Consume(ConsumeContext<EntryAdded> context)
    {
        Invocations.AddOrUpdate(context.Message.EntryId, 1, (_, n) => n + 1);
        var tally = await db.Tallies.FirstOrDefaultAsync(t => t.EntryId == context.Message.EntryId);
        if (tally is null)
            db.Tallies.Add(tally = new EntryTally { EntryId = context.Message.EntryId });
        tally.Applied++;
        tally.RedeliveryCount = context.GetRedeliveryCount();
        await db.SaveChangesAsync();
    }
}
