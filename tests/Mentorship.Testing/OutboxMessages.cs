using System.Text.Json;
using MassTransit.Serialization;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Testing;

/// <summary>Reads what a service stored in its outbox: the events committed with the state changes that caused them.</summary>
public static class OutboxMessages
{
    /// <summary>The published (not sent) events of type T, oldest first.</summary>
    public static async Task<IReadOnlyList<T>> PublishedAsync<T>(DbContext db)
        where T : class
    {
        var type = MessageTypeNames.Of(typeof(T));
        var bodies = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType == type && m.Destination == null)
            .OrderBy(m => m.Sequence)
            .Select(m => m.Body)
            .ToListAsync();
        return bodies.Select(body => JsonSerializer.Deserialize<T>(body, SystemTextJsonMessageSerializer.Options)!).ToList();
    }
}
