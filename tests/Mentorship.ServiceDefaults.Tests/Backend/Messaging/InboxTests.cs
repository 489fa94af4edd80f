using MassTransit;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class InboxTests
{
    [Fact]
    public async Task A_message_delivered_twice_changes_state_once()
    {
        await using var ledger = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>());
        var entry = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await ledger.Bus.Publish(new EntryAdded(entry), context => context.MessageId = messageId);
        await ledger.Bus.Publish(new EntryAdded(entry), context => context.MessageId = messageId);

        await Eventually.True(() => Task.FromResult(ledger.Received.Count(messageId) == 2), "both copies received and acknowledged");
        var tally = await ledger.TallyAsync(entry);
        Assert.Equal(1, tally!.Applied);
        Assert.Equal(1, TallyConsumer.InvocationsFor(entry));
        var inbox = await ledger.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId));
        Assert.Equal(1, inbox);
        // Acknowledged as consumed: not moved aside as a message no consumer took.
        Assert.Null(await ErrorQueue.TakeAsync(ledger.QueueOf<TallyConsumer>() + "_skipped"));
    }

    [Fact]
    public async Task A_copy_arriving_while_the_first_is_being_applied_waits_and_is_not_applied_again()
    {
        await using var ledger = await LedgerService.StartAsync(bus => bus.AddConsumer<SlowTallyConsumer>());
        var entry = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await Task.WhenAll(
            ledger.Bus.Publish(new EntryAdded(entry), context => context.MessageId = messageId),
            ledger.Bus.Publish(new EntryAdded(entry), context => context.MessageId = messageId));

        await Eventually.True(() => Task.FromResult(ledger.Received.Count(messageId) == 2), "both copies received and acknowledged");
        Assert.Equal(1, TallyConsumer.InvocationsFor(entry));
        Assert.Equal(1, (await ledger.TallyAsync(entry))!.Applied);
    }

    [Fact]
    public async Task A_consumer_s_changes_are_saved_in_the_inbox_transaction_without_a_savepoint()
    {
        var savepoints = new SavepointCounter();
        await using var ledger = await LedgerService.StartAsync(bus =>
        {
            bus.AddConsumer<TallyConsumer>();
            bus.AddSingleton<IInterceptor>(savepoints);
        });
        var entry = Guid.NewGuid();

        await ledger.Bus.Publish(new EntryAdded(entry));

        await Eventually.True(async () => await ledger.TallyAsync(entry) is not null, "the entry tallied");
        Assert.Equal(0, savepoints.Created);
        await SavepointCounter.SaveInOwnTransactionAsync(ledger);
        Assert.Equal(1, savepoints.Created);
    }

    [Fact]
    public async Task Different_messages_about_the_same_entry_are_each_applied()
    {
        await using var ledger = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>());
        var entry = Guid.NewGuid();

        await ledger.Bus.Publish(new EntryAdded(entry));
        await ledger.Bus.Publish(new EntryAdded(entry));

        await Eventually.True(async () => (await ledger.TallyAsync(entry))?.Applied == 2, "two distinct messages applied");
    }
}
