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
        where TEvent : class
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = MessageTypeNames.Of(typeof(TEvent)),
            Body = JsonSerializer.Serialize(@event, typeof(TEvent), SystemTextJsonMessageSerializer.Options),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NotBefore = now,
        });
    }
}
