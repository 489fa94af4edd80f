using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Runs each consumer inside one database transaction that first claims the message id for this
/// queue. A copy delivered again (broker redelivery, outbox republish) finds the claim and is
/// acknowledged without touching state; a copy arriving while the first is still being applied
/// waits on the claim's row lock, then does the same (or runs, if the first failed and rolled back).
/// Events the consumer stores go out with the same commit. A batched consumer's message is first
/// applied with others in a batch by that consumer's batcher (<see cref="InboxBatchers"/>, by queue); a
/// retry or a redelivery, and every message of a batch that failed, take this one-message path.
/// </summary>
public sealed partial class InboxFilter<TMessage>(
    OutboxDbContextAccessor accessor,
    TimeProvider clock,
    InboxBatchers batchers,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} without MessageId cannot be deduplicated.");
        var consumer = InboxBatchers.QueueOf(context.ReceiveContext.InputAddress);
        var db = accessor.Context;
        var cancellationToken = context.CancellationToken;

        if (context.GetRetryAttempt() == 0 && context.GetRedeliveryCount() == 0
            && batchers.For<TMessage>(consumer) is { } batcher)
        {
            var started = clock.GetTimestamp();
            if (await batcher.ApplyAsync(context, consumer))
            {
                // Marks the message consumed, as a consumer would: it is acknowledged, not moved to "_skipped".
                await context.NotifyConsumed(context, clock.GetElapsedTime(started), nameof(InboxBatcher<,>));
                return;
            }
        }

        // A failure rolls the whole transaction back and the message is tried again: EF Core's savepoint
        // around each SaveChanges (two more round trips) would protect nothing. Pooling turns it back on.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var claimed = await db.Database.ExecuteSqlRawAsync(ClaimSql, [messageId, consumer, clock.GetUtcNow()], cancellationToken);
            if (claimed == 0)
            {
                LogDuplicate(typeof(TMessage).Name, messageId, consumer);
                // Without it MassTransit takes the copy for a message nobody consumed and moves it to "_skipped".
                await context.NotifyConsumed(context, TimeSpan.Zero, nameof(InboxFilter<>));
                return;
            }

            await next.Send(context);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The retry runs in a fresh transaction and must not see this attempt's tracked changes.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    // Claiming before the work, without an exception on a duplicate: a unique-key failure would log
    // an error and cost a retry for what is the normal at-least-once case.
    private const string ClaimSql =
        "INSERT INTO " + OutboxModelBuilderExtensions.InboxTable + " (message_id, consumer, processed_at) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} {MessageId} was already applied by {Consumer}; acknowledged without effect")]
    private partial void LogDuplicate(string messageType, Guid messageId, string consumer);
}
