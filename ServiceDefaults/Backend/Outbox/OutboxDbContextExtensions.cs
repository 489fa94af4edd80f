using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Stores an event to publish once the current SaveChanges (or transaction) commits. Nothing is
    /// sent when the state change fails; nothing is lost when the broker is down.
    /// </summary>
    public static void AddEvent<TEvent>(this DbContext db, TEvent @event, TimeProvider? clock = null)
        where TEvent : class =>
        db.Set<OutboxMessage>().Add(NewOutboxMessage(@event, clock));

    /// <summary>
    /// The outbox row of an event, for a writer that stores many rows at once in its own transaction
    /// (COPY); that writer wakes the dispatcher (<see cref="OutboxSignal"/>) after its commit.
    /// </summary>
    public static OutboxMessage NewOutboxMessage<TEvent>(TEvent @event, TimeProvider? clock = null)
        where TEvent : class
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        return new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = MessageTypeNames.Of(typeof(TEvent)),
            Body = JsonSerializer.Serialize(@event, typeof(TEvent), SystemTextJsonMessageSerializer.Options),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NotBefore = now,
        };
    }
}
