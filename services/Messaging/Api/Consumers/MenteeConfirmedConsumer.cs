using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>Tells the mentor the mentee confirmed the pair too, unless the pair already ended.</summary>
public sealed class MenteeConfirmedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MenteeConfirmed>
{
    public async Task Consume(ConsumeContext<MenteeConfirmed> context)
    {
        var confirmed = context.Message;
        var now = clock.GetUtcNow();
        var thread = await db.FindOrOpenThreadAsync(
            confirmed.PairId, confirmed.ProgrammeId, confirmed.MenteeId, confirmed.MentorId, now, context.CancellationToken);
        if (!thread.ReadOnly)
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.MenteeConfirmed, confirmed.MentorId, confirmed.PairId, now,
                    programmeId: confirmed.ProgrammeId, pairId: confirmed.PairId),
                context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
