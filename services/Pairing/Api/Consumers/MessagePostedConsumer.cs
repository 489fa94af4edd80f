using MassTransit;
using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Moves the pair's last contact forward in one statement, so two messages consumed at once cannot move it
/// back, and an older message arriving late leaves it where it is.
/// </summary>
public sealed class MessagePostedConsumer(PairingDbContext db) : IConsumer<MessagePosted>
{
    public async Task Consume(ConsumeContext<MessagePosted> context)
    {
        var posted = context.Message;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO pair_contacts (pair_id, last_message_at) VALUES ({posted.PairId}, {Moments.Cut(posted.PostedAt)})
            ON CONFLICT (pair_id) DO UPDATE SET last_message_at = GREATEST(pair_contacts.last_message_at, EXCLUDED.last_message_at)
            """,
            context.CancellationToken);
    }
}
