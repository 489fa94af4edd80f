using MassTransit;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

[Collection(BrokerCollection.Name)]
public sealed class BatchedInboxTests
{
    /// <summary>A batch gathers for a second: what is published together is applied together.</summary>
    private static readonly Dictionary<string, string?> GatherLong = new() { ["Messaging:BatchTimeLimit"] = "00:00:01" };

    [Fact]
    public async Task Messages_received_together_are_applied_in_one_batch_each_once()
    {
        await using var ledger = await LedgerService.StartAsync(AddBatched, settings: GatherLong);
        var entries = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(entries.Select(entry => ledger.Bus.Publish(new EntryAdded(entry))));

        await Eventually.True(async () => await AppliedAsync(ledger, entries) == entries.Count, "every entry applied");
        Assert.All(entries, entry => Assert.True(BatchTallyConsumer.LargestBatchWith(entry) > 1, "applied in a batch"));
        Assert.All(entries, entry => Assert.Equal(1, ledger.TallyAsync(entry).Result!.Applied));
    }

    [Fact]
    public async Task A_batch_with_a_poison_message_applies_the_others_and_sends_the_poison_one_to_the_error_queue_with_the_reason()
    {
        await using var ledger = await LedgerService.StartAsync(AddBatched, settings: GatherLong);
        var good = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var poison = Guid.NewGuid();
        BatchTallyConsumer.MarkPoison(poison);

        await Task.WhenAll(good.Append(poison).Select(entry => ledger.Bus.Publish(new EntryAdded(entry))));

        var errorQueue = ledger.QueueOf<BatchTallyConsumer>() + "_error";
        var faulted = await Eventually.Get(() => ErrorQueue.TakeAsync(errorQueue), $"the poison message in {errorQueue}");
        Assert.Equal(BatchTallyConsumer.Reason, ErrorQueue.Header(faulted, "MT-Fault-Message"));
        Assert.Contains(poison.ToString(), ErrorQueue.Body(faulted));
        Assert.True(BatchTallyConsumer.LargestBatchWith(poison) > 1, "the poison message was first tried in a batch with others");
        await Eventually.True(async () => await AppliedAsync(ledger, good) == good.Count, "every good entry applied");
        Assert.All(good, entry => Assert.Equal(1, ledger.TallyAsync(entry).Result!.Applied));
        Assert.Null(await ledger.TallyAsync(poison));
        Assert.Null(await ErrorQueue.TakeAsync(errorQueue));
    }

    [Fact]
    public async Task A_batch_delivered_again_after_its_commit_as_after_a_crash_before_the_acknowledgement_is_applied_once()
    {
        await using var ledger = await LedgerService.StartAsync(AddBatched, settings: GatherLong);
        var entries = Enumerable.Range(0, 5).Select(_ => (Entry: Guid.NewGuid(), MessageId: NewId.NextGuid())).ToList();

        // Each message twice in the first batch, then the whole batch again once it is applied.
        await PublishAsync(ledger, entries.Concat(entries));
        await Eventually.True(() => Task.FromResult(entries.All(e => ledger.Received.Count(e.MessageId) == 2)), "both copies acknowledged");
        await PublishAsync(ledger, entries);
        await Eventually.True(() => Task.FromResult(entries.All(e => ledger.Received.Count(e.MessageId) == 3)), "the batch delivered again acknowledged");

        Assert.All(entries, e => Assert.Equal(1, ledger.TallyAsync(e.Entry).Result!.Applied));
        var ids = entries.Select(e => e.MessageId).ToList();
        Assert.Equal(entries.Count, await ledger.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => ids.Contains(m.MessageId))));
    }

    [Fact]
    public async Task A_batched_and_a_plain_consumer_of_one_message_type_each_apply_their_own_messages_with_their_own_code()
    {
        await using var ledger = await LedgerService.StartAsync(bus =>
        {
            bus.AddBatchedConsumer<BatchTallyConsumer, EntryAdded>();
            bus.AddConsumer<TallyConsumer>();
        }, settings: GatherLong);
        var entries = Enumerable.Range(0, 5).Select(_ => (Entry: Guid.NewGuid(), MessageId: NewId.NextGuid())).ToList();

        await PublishAsync(ledger, entries);

        // Each consumer adds one to the entry's tally: two once both queues applied it.
        await Eventually.True(async () => await TalliedTwiceAsync(ledger, entries) == entries.Count, "every entry tallied by both consumers");
        Assert.All(entries, e => Assert.True(BatchTallyConsumer.LargestBatchWith(e.Entry) > 1, "the batched consumer applied it in a batch"));
        Assert.All(entries, e => Assert.Equal(1, TallyConsumer.InvocationsFor(e.Entry)));
        Assert.Equal(entries.Count * 2, await InboxRecordsAsync(ledger, entries, ledger.QueueOf<BatchTallyConsumer>(), ledger.QueueOf<TallyConsumer>()));
    }

    [Fact]
    public async Task A_batch_is_saved_in_its_transaction_without_a_savepoint()
    {
        var savepoints = new SavepointCounter();
        await using var ledger = await LedgerService.StartAsync(bus =>
        {
            AddBatched(bus);
            bus.AddSingleton<IInterceptor>(savepoints);
        }, settings: GatherLong);
        var entries = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(entries.Select(entry => ledger.Bus.Publish(new EntryAdded(entry))));

        await Eventually.True(async () => await AppliedAsync(ledger, entries) == entries.Count, "every entry tallied");
        Assert.Equal(0, savepoints.Created);
        await SavepointCounter.SaveInOwnTransactionAsync(ledger);
        Assert.Equal(1, savepoints.Created);
    }

    [Fact]
    public async Task Two_batched_consumers_of_one_message_type_each_apply_their_own_batches_with_their_own_code()
    {
        await using var ledger = await LedgerService.StartAsync(bus =>
        {
            bus.AddBatchedConsumer<BatchTallyConsumer, EntryAdded>();
            bus.AddBatchedConsumer<BatchWitnessConsumer, EntryAdded>();
        }, settings: GatherLong);
        var entries = Enumerable.Range(0, 5).Select(_ => (Entry: Guid.NewGuid(), MessageId: NewId.NextGuid())).ToList();

        await PublishAsync(ledger, entries);

        await Eventually.True(async () => await AppliedAsync(ledger, [.. entries.Select(e => e.Entry)]) == entries.Count, "every entry tallied");
        await Eventually.True(() => Task.FromResult(entries.All(e => BatchWitnessConsumer.AppliedCount(e.Entry) == 1)), "every entry witnessed");
        Assert.All(entries, e => Assert.Equal(1, ledger.TallyAsync(e.Entry).Result!.Applied));
        Assert.All(entries, e => Assert.True(BatchTallyConsumer.LargestBatchWith(e.Entry) > 1, "tallied in a batch"));
        Assert.All(entries, e => Assert.True(BatchWitnessConsumer.LargestBatchWith(e.Entry) > 1, "witnessed in a batch"));
        Assert.Equal(entries.Count * 2, await InboxRecordsAsync(ledger, entries, ledger.QueueOf<BatchTallyConsumer>(), ledger.QueueOf<BatchWitnessConsumer>()));
    }

    private static void AddBatched(IBusRegistrationConfigurator bus) => bus.AddBatchedConsumer<BatchTallyConsumer, EntryAdded>();

    private static Task<int> TalliedTwiceAsync(LedgerService ledger, List<(Guid Entry, Guid MessageId)> entries)
    {
        var ids = entries.Select(e => e.Entry).ToList();
        return ledger.QueryAsync(db => db.Tallies.CountAsync(t => ids.Contains(t.EntryId) && t.Applied == 2));
    }

    /// <summary>The inbox records of the messages under the two queues: one per message and queue when each applied its own.</summary>
    private static Task<int> InboxRecordsAsync(LedgerService ledger, List<(Guid Entry, Guid MessageId)> entries, string queue, string otherQueue)
    {
        var ids = entries.Select(e => e.MessageId).ToList();
        return ledger.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => ids.Contains(m.MessageId) && (m.Consumer == queue || m.Consumer == otherQueue)));
    }

    private static Task PublishAsync(LedgerService ledger, IEnumerable<(Guid Entry, Guid MessageId)> messages) =>
        Task.WhenAll(messages.Select(m => ledger.Bus.Publish(new EntryAdded(m.Entry), context => context.MessageId = m.MessageId)));

    private static Task<int> AppliedAsync(LedgerService ledger, List<Guid> entries) =>
        ledger.QueryAsync(db => db.Tallies.CountAsync(t => entries.Contains(t.EntryId)));
}
