using Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;
using Mentorship.Testing;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_consumer_whose_database_is_away_waits_it_out_without_spending_its_retries()
    {
        await using var ledger = await LedgerService.StartAsync(
            bus => bus.AddConsumer<OutageTallyConsumer>(),
            settings: new Dictionary<string, string?> { ["Messaging:DatabaseOutageRetryInterval"] = "00:00:00.050" });

        var entry = await ledger.AddEntryAsync();

        var tally = await Eventually.Get(() => ledger.TallyAsync(entry), "entry applied once the database is back");
        Assert.Equal((1, 0), (tally.Applied, tally.RedeliveryCount));
        Assert.Equal(OutageTallyConsumer.FailuresBeforeSuccess + 1, OutageTallyConsumer.AttemptsAt(entry));
        Assert.Null(await ErrorQueue.TakeAsync(ledger.QueueOf<OutageTallyConsumer>() + "_error"));
    }

    [Fact]
    public async Task An_outage_longer_than_its_limit_ends_in_the_error_queue_with_the_reason()
    {
        await using var ledger = await LedgerService.StartAsync(
            bus => bus.AddConsumer<OutageTallyConsumer>(),
            settings: new Dictionary<string, string?>
            {
                ["Messaging:DatabaseOutageRetryInterval"] = "00:00:00.020",
                ["Messaging:DatabaseOutageRetryLimit"] = "2",
            });
        var entry = Guid.NewGuid();
        OutageTallyConsumer.FailFor(entry, OutageTallyConsumer.Forever);

        await ledger.AddEntryAsync(entry);

        var errorQueue = ledger.QueueOf<OutageTallyConsumer>() + "_error";
        var faulted = await Eventually.Get(() => ErrorQueue.TakeAsync(errorQueue), $"a message in {errorQueue}");
        // MassTransit names the innermost cause, as the database drill's faults showed it.
        Assert.Equal(("System.Net.Sockets.SocketException", "Connection refused"),
            (ErrorQueue.Header(faulted, "MT-Fault-ExceptionType"), ErrorQueue.Header(faulted, "MT-Fault-Message")));
        Assert.Contains(entry.ToString(), ErrorQueue.Body(faulted));
        Assert.Null(await ledger.TallyAsync(entry));
    }
}
