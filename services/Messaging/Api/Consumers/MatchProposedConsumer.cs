using MassTransit;
using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Consumers;

/// <summary>Opens the pair's thread for its two members and tells the mentor a mentee is proposed to them.</summary>
public sealed class MatchProposedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MatchProposed>
{
    public async Task Consume(ConsumeContext<MatchProposed> context)
    {
        var proposed = context.Message;
        var now = clock.GetUtcNow();
        var thread = await db.FindOrOpenThreadAsync(
            proposed.PairId, proposed.ProgrammeId, proposed.MenteeId, proposed.MentorId, now, context.CancellationToken);
        // A copy arriving after the pairing already ended is old news: nothing to decide any more.
        if (!thread.ReadOnly)
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.MenteeProposed, proposed.MentorId, proposed.PairId, now,
                    programmeId: proposed.ProgrammeId, pairId: proposed.PairId),
                context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
