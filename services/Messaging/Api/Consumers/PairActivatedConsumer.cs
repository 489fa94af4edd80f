using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>Tells both members their mentoring has started, unless the pair's end has already been seen.</summary>
public sealed class PairActivatedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<PairActivated>
{
    public async Task Consume(ConsumeContext<PairActivated> context)
    {
        var activated = context.Message;
        var now = clock.GetUtcNow();
        var thread = await db.FindOrOpenThreadAsync(
            activated.PairId, activated.ProgrammeId, activated.MenteeId, activated.MentorId, now, context.CancellationToken);
        if (thread.ReadOnly)
            return;
        foreach (var member in new[] { activated.MenteeId, activated.MentorId })
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.PairActivated, member, activated.PairId, now,
                    programmeId: activated.ProgrammeId, pairId: activated.PairId),
                context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
