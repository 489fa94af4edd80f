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
        db.Set<OutboxMessage>().Add(NewOutboxMessage(@event, destination: null, clock));

    /// <summary>
    /// Stores a message to send to one queue (not to every subscriber) once the current SaveChanges
    /// commits: for what only one service may receive, with the same guarantees as <see cref="AddEvent{TEvent}"/>.
    /// </summary>
    public static void AddSent<TMessage>(this DbContext db, TMessage message, Uri destination, TimeProvider? clock = null)
        where TMessage : class =>
        db.Set<OutboxMessage>().Add(NewOutboxMessage(message, destination.ToString(), clock));

    /// <summary>
    /// The outbox row of a message (published when <paramref name="destination"/> is null), for a writer that
    /// stores many rows at once in its own transaction (COPY); that writer wakes the dispatcher
    /// (<see cref="OutboxSignal"/>) after its commit.
    /// </summary>
    public static OutboxMessage NewOutboxMessage<TMessage>(TMessage message, string? destination = null, TimeProvider? clock = null)
        where TMessage : class
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        return new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = MessageTypeNames.Of(typeof(TMessage)),
            Body = JsonSerializer.Serialize(message, typeof(TMessage), SystemTextJsonMessageSerializer.Options),
            Destination = destination,
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NotBefore = now,
        };
    }
}
