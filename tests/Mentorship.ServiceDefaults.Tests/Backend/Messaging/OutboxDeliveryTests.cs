using Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;
using Mentorship.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task Events_stored_while_the_broker_is_down_are_all_delivered_once_it_is_back()
    {
        await using var ledger = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>());
        var entries = new List<Guid>();

        await TestInfrastructure.Shared.StopBrokerAsync();
        try
        {
            for (var i = 0; i < 20; i++)
                entries.Add(await ledger.AddEntryAsync());

            var whileDown = await ledger.OutboxAsync();
            Assert.Equal(20, whileDown.Count);
            Assert.All(whileDown, row => Assert.Null(row.DispatchedAt));
        }
        finally
        {
            await TestInfrastructure.Shared.StartBrokerAsync();
        }

        foreach (var entry in entries)
        {
            var tally = await Eventually.Get(() => ledger.TallyAsync(entry), $"entry {entry} consumed after the broker restarted", seconds: 120);
            Assert.Equal(1, tally.Applied);
        }

        var afterwards = await ledger.OutboxOnceAllDispatchedAsync();
        Assert.Contains(afterwards, row => row.Attempts > 0 || row.DispatchedAt > row.CreatedAt);
    }

    [Fact]
    public async Task A_broker_back_after_an_outage_ends_the_dispatcher_s_pause_at_once()
    {
        // The dispatcher pauses on this clock, which never moves: only the broker's return can end the
        // pause. An hour ahead, so that the rows stored now are due.
        var frozen = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1));
        await using var ledger = await LedgerService.StartAsync(bus =>
        {
            bus.AddConsumer<TallyConsumer>();
            bus.RemoveAll<TimeProvider>();
            bus.AddSingleton<TimeProvider>(frozen);
        }, settings: new Dictionary<string, string?> { ["Outbox:PublishTimeout"] = "00:00:01" });
        Guid entry;

        await TestInfrastructure.Shared.StopBrokerAsync();
        try
        {
            entry = await ledger.AddEntryAsync();
            // Twice: a wake left from the start may end the first pause at once; the second one holds.
            await Eventually.True(async () => (await ledger.OutboxAsync()).Any(row => row.Attempts >= 2), "publishing failed twice while the broker was down", seconds: 60);
        }
        finally
        {
            await TestInfrastructure.Shared.StartBrokerAsync();
        }

        var tally = await Eventually.Get(() => ledger.TallyAsync(entry), "event delivered once the broker is back", seconds: 120);
        Assert.Equal(1, tally.Applied);
    }

    [Fact]
    public async Task A_commit_wakes_the_dispatcher_without_waiting_for_the_poll()
    {
        await using var ledger = await LedgerService.StartAsync(
            bus => bus.AddConsumer<TallyConsumer>(), pollInterval: TimeSpan.FromMinutes(10));

        var entry = await ledger.AddEntryAsync();

        // The next poll is ten minutes away: delivery within the wait proves the post-commit wake-up.
        var tally = await Eventually.Get(() => ledger.TallyAsync(entry), "event delivered before the next poll", seconds: 30);
        Assert.Equal(1, tally.Applied);
    }

    [Fact]
    public async Task Two_replicas_publish_every_event_exactly_once()
    {
        await using var first = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>());
        await using var second = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>(), replicaOf: first);

        var entries = new List<Guid>();
        for (var i = 0; i < 60; i++)
            entries.Add(await (i % 2 == 0 ? first : second).AddEntryAsync());

        foreach (var entry in entries)
            await Eventually.Get(() => first.TallyAsync(entry), $"entry {entry} consumed");

        var outbox = await first.OutboxOnceAllDispatchedAsync();
        Assert.Equal(60, outbox.Count);
        int ReceivedCount(Guid messageId) => first.Received.Count(messageId) + second.Received.Count(messageId);
        // The receive observer runs just after the consumer's commit: wait for it before counting copies.
        await Eventually.True(() => Task.FromResult(outbox.All(row => ReceivedCount(row.MessageId) >= 1)), "every event acknowledged", seconds: 30);
        Assert.All(outbox, row => Assert.Equal(1, ReceivedCount(row.MessageId)));
        Assert.All(entries, entry => Assert.Equal(1, first.TallyAsync(entry).Result!.Applied));
    }
}
