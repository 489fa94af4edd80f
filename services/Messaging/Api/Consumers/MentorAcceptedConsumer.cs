using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>Tells the mentee their mentor agreed; opens the thread if the proposal has not been seen yet, and stays silent if the pair already ended.</summary>
public sealed class MentorAcceptedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MentorAccepted>
{
    public async Task Consume(ConsumeContext<MentorAccepted> context)
    {
        var accepted = context.Message;
        var now = clock.GetUtcNow();
        var thread = await db.FindOrOpenThreadAsync(
            accepted.PairId, accepted.ProgrammeId, accepted.MenteeId, accepted.MentorId, now, context.CancellationToken);
        if (!thread.ReadOnly)
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.MentorAccepted, accepted.MenteeId, accepted.PairId, now,
                    programmeId: accepted.ProgrammeId, pairId: accepted.PairId),
                context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
