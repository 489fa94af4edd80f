using System.Data.Common;
using MassTransit;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Gathers the messages of a batched consumer's queue that are being received at the same time (up to
/// the batch's message limit, or what came within its time limit) and applies them in one transaction:
/// one statement claims every id in the inbox, the consumer applies the claimed ones set-based, one
/// commit. Each message is acknowledged only once its batch committed, so a crash before the commit
/// redelivers the batch and the inbox finds what a commit did apply. When the batch fails, nothing of it
/// is kept and each message is applied alone by the usual path: a poison message then fails alone, its
/// retries and redeliveries and its error queue being its own, while the others are applied.
/// One batcher per consumer: a batch is applied by that consumer's own code (<typeparamref name="TConsumer"/>),
/// whatever else in the service consumes the same message type.
/// </summary>
public sealed partial class InboxBatcher<TConsumer, TMessage>(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<InboxBatcher<TConsumer, TMessage>> logger) : IInboxBatcher<TMessage>
    where TConsumer : class, IBatchApplier<TMessage>
    where TMessage : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Pending>> _gathering = [];

    public Task<bool> ApplyAsync(ConsumeContext<TMessage> context, string consumer)
    {
        var pending = new Pending(context, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        List<Pending>? full = null, started = null;
        lock (_gate)
        {
            if (!_gathering.TryGetValue(consumer, out var batch))
                _gathering[consumer] = started = batch = [];
            batch.Add(pending);
            if (batch.Count >= options.Value.BatchMessageLimit)
            {
                _gathering.Remove(consumer);
                full = batch;
            }
        }

        // Outside the lock: the flush takes it again, and the time limit runs from the batch's first message.
        if (full is not null)
            _ = FlushAsync(consumer, full);
        else if (started is not null)
            _ = FlushLaterAsync(consumer, started);
        return pending.Applied.Task;
    }

    private async Task FlushLaterAsync(string consumer, List<Pending> batch)
    {
        // Wall-clock time, not the injected clock: gathering is about messages arriving together, and a
        // test's fake clock, which only moves when told, would hold the batch (and its messages) forever.
        await Task.Delay(options.Value.BatchTimeLimit, TimeProvider.System);
        lock (_gate)
        {
            if (!_gathering.TryGetValue(consumer, out var current) || !ReferenceEquals(current, batch))
                return;
            _gathering.Remove(consumer);
        }

        await FlushAsync(consumer, batch);
    }

    private async Task FlushAsync(string consumer, List<Pending> batch)
    {
        bool applied;
        try
        {
            var duplicates = await ApplyBatchAsync(consumer, batch);
            if (duplicates > 0)
                LogDuplicates(duplicates, batch.Count, typeof(TMessage).Name, consumer);
            applied = true;
        }
        catch (Exception exception)
        {
            LogBatchFailed(exception, batch.Count, typeof(TMessage).Name, consumer);
            applied = false;
        }

        foreach (var pending in batch)
            pending.Applied.TrySetResult(applied);
    }

    /// <summary>Claims, applies and commits the batch; returns how many of its messages were already applied.</summary>
    private async Task<int> ApplyBatchAsync(string consumer, List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxDbContextAccessor>().Context;
        var applier = scope.ServiceProvider.GetRequiredService<TConsumer>();

        // Ids in order: two batches holding copies of the same messages take their row locks in the same order.
        var ids = batch.Select(p => p.Context.MessageId!.Value).Distinct().Order().ToArray();
        // A failed batch is rolled back whole and its messages applied alone: no savepoint is needed.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var claimed = await ClaimAsync(db, transaction, ids, consumer);
        // Removed as taken: two copies of one message in the batch apply it once.
        var messages = batch.Where(p => claimed.Remove(p.Context.MessageId!.Value)).Select(p => p.Context.Message).ToList();
        if (messages.Count > 0)
            await applier.ApplyAsync(messages, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return batch.Count - messages.Count;
    }

    /// <summary>
    /// Claims every id in one statement and returns those this transaction claimed: the others were
    /// applied before. Plain ADO.NET: EF Core would wrap the statement in a query, which PostgreSQL refuses
    /// for an INSERT ... RETURNING.
    /// </summary>
    private async Task<HashSet<Guid>> ClaimAsync(DbContext db, IDbContextTransaction transaction, Guid[] ids, string consumer)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = ClaimSql;
        AddParameter(command, "ids", ids);
        AddParameter(command, "consumer", consumer);
        AddParameter(command, "now", clock.GetUtcNow());
        var claimed = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            claimed.Add(reader.GetGuid(0));
        return claimed;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private const string ClaimSql =
        "INSERT INTO " + OutboxModelBuilderExtensions.InboxTable + " (message_id, consumer, processed_at) " +
        "SELECT id, @consumer, @now FROM unnest(@ids) WITH ORDINALITY AS claim(id, position) ORDER BY position " +
        "ON CONFLICT DO NOTHING RETURNING message_id";

    private sealed record Pending(ConsumeContext<TMessage> Context, TaskCompletionSource<bool> Applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Duplicates} of a batch of {Count} {MessageType} were already applied by {Consumer}; acknowledged without effect")]
    private partial void LogDuplicates(int duplicates, int count, string messageType, string consumer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} {MessageType} failed in {Consumer}; each is applied alone")]
    private partial void LogBatchFailed(Exception exception, int count, string messageType, string consumer);
}
