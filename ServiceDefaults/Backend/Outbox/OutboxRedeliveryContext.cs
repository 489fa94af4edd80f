using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Second-level redelivery without the broker's delayed-exchange plugin (Debian's RabbitMQ has none):
/// the message is written to the service's outbox with a due time and sent back to its queue by the
/// dispatcher. It survives restarts, keeps its MessageId (the inbox still deduplicates) and carries
/// the redelivery count MassTransit's retry policy reads.
/// </summary>
public sealed class OutboxRedeliveryContext<TMessage>(ConsumeContext<TMessage> context, IServiceProvider services)
    : MessageRedeliveryContext
    where TMessage : class
{
    public async Task ScheduleRedelivery(TimeSpan delay, Action<ConsumeContext, SendContext>? callback = null)
    {
        if (callback is not null)
            throw new NotSupportedException("Outbox redelivery stores the message for later and cannot run a send callback.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxDbContextAccessor>().Context;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();

        var headers = context.Headers.GetAll()
            .Where(header => header.Key != MessageHeaders.RedeliveryCount)
            .Append(new KeyValuePair<string, object>(MessageHeaders.RedeliveryCount, context.GetRedeliveryCount() + 1));

        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = context.MessageId ?? NewId.NextGuid(),
            MessageType = MessageTypeNames.Of(typeof(TMessage)),
            Body = JsonSerializer.Serialize(context.Message, SystemTextJsonMessageSerializer.Options),
            Headers = OutboxHeaders.Write(headers),
            Destination = context.ReceiveContext.InputAddress.ToString(),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NotBefore = now + delay,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
