using Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;
using Mentorship.Testing;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class RedeliveryTests
{
    [Fact]
    public async Task A_consumer_failing_past_its_retries_gets_the_message_again_later_through_the_outbox()
    {
        await using var ledger = await LedgerService.StartAsync(bus => bus.AddConsumer<FlakyTallyConsumer>());

        var entry = await ledger.AddEntryAsync();

        // One immediate retry per delivery: attempts 1 and 2 fail, the outbox redelivers, attempt 3 fails, 4 succeeds.
        var tally = await Eventually.Get(() => ledger.TallyAsync(entry), "entry applied after a redelivery");
        Assert.Equal(1, tally.Applied);
        Assert.Equal(1, tally.RedeliveryCount);
        Assert.Equal(FlakyTallyConsumer.FailuresBeforeSuccess + 1, FlakyTallyConsumer.AttemptsAt(entry));
        var redelivery = Assert.Single(await ledger.OutboxOnceAllDispatchedAsync(), row => row.Destination is not null);
        Assert.EndsWith(ledger.QueueOf<FlakyTallyConsumer>(), redelivery.Destination);
    }

    [Fact]
    public async Task A_message_that_always_fails_ends_in_the_error_queue_with_the_reason()
    {
        await using var ledger = await LedgerService.StartAsync(bus => bus.AddConsumer<RefusingConsumer>());

        var entry = await ledger.AddEntryAsync();

        var errorQueue = ledger.QueueOf<RefusingConsumer>() + "_error";
        var faulted = await Eventually.Get(() => ErrorQueue.TakeAsync(errorQueue), $"a message in {errorQueue}");
        Assert.Equal(RefusingConsumer.Reason, ErrorQueue.Header(faulted, "MT-Fault-Message"));
        Assert.Equal("2", ErrorQueue.Header(faulted, "MT-Redelivery-Count"));
        Assert.Contains(entry.ToString(), ErrorQueue.Body(faulted));
        Assert.Null(await ledger.TallyAsync(entry));
    }
}
