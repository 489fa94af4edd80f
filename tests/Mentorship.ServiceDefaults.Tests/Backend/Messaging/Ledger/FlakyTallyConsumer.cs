using System.Collections.Concurrent;
using MassTransit;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>Fails the first <see cref="FailuresBeforeSuccess"/> attempts at each message, then tallies it.</summary>
public sealed class FlakyTallyConsumer(LedgerDbContext db) : IConsumer<EntryAdded>
{
    public const int FailuresBeforeSuccess = 3;

    private static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public static int AttemptsAt(Guid entryId) => Attempts.GetValueOrDefault(entryId);

    public Task Consume(ConsumeContext<EntryAdded> context)
    {
        var attempt = Attempts.AddOrUpdate(context.Message.EntryId, 1, (_, n) => n + 1);
        if (attempt <= FailuresBeforeSuccess)
            throw new InvalidOperationException($"Attempt {attempt} fails on purpose.");
        return new TallyConsumer(db).Consume(context);
    }
}
