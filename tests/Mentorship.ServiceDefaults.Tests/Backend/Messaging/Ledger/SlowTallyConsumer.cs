using MassTransit;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>Takes its time before tallying, so a second copy of the message arrives while the first is being applied.</summary>
public sealed class SlowTallyConsumer(LedgerDbContext db) : IConsumer<EntryAdded>
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    public async Task Consume(ConsumeContext<EntryAdded> context)
    {
        await Task.Delay(Pause, context.CancellationToken);
        await new TallyConsumer(db).Consume(context);
    }
}
