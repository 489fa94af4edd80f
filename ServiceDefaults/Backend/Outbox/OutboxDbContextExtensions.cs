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
        Add(db, @event, destination: null, clock);

    /// <summary>
    /// Stores a message to send to one queue (not to every subscriber) once the current SaveChanges
    /// commits: for what only one service may receive, with the same guarantees as <see cref="AddEvent{TEvent}"/>.
    /// </summary>
    public static void AddSent<TMessage>(this DbContext db, TMessage message, Uri destination, TimeProvider? clock = null)
        where TMessage : class =>
        Add(db, message, destination.ToString(), clock);

    private static void Add<TMessage>(DbContext db, TMessage message, string? destination, TimeProvider? clock)
        where TMessage : class
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = MessageTypeNames.Of(typeof(TMessage)),
            Body = JsonSerializer.Serialize(message, typeof(TMessage), SystemTextJsonMessageSerializer.Options),
            Destination = destination,
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NotBefore = now,
        });
    }
}
