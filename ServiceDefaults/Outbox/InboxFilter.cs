using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mentorship.ServiceDefaults.Outbox;

/// <summary>
/// Runs each consumer inside one database transaction that also records the message id for this
/// queue. A copy delivered again (broker redelivery, outbox republish) finds the record and is
/// acknowledged without touching state. Events the consumer stores go out with the same commit.
/// </summary>
public sealed partial class InboxFilter<TMessage>(
    OutboxDbContextAccessor accessor,
    TimeProvider clock,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} without MessageId cannot be deduplicated.");
        var consumer = QueueName(context.ReceiveContext.InputAddress);
        var db = accessor.Context;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var alreadyApplied = await db.Set<InboxMessage>()
                .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);
            if (alreadyApplied)
            {
                LogDuplicate(typeof(TMessage).Name, messageId, consumer);
                return;
            }

            await next.Send(context);

            db.Set<InboxMessage>().Add(new InboxMessage
            {
                MessageId = messageId,
                Consumer = consumer,
                ProcessedAt = clock.GetUtcNow(),
            });
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

    private static string QueueName(Uri inputAddress) => inputAddress.Segments[^1].Trim('/');

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} {MessageId} was already applied by {Consumer}; acknowledged without effect")]
    private partial void LogDuplicate(string messageType, Guid messageId, string consumer);
}
