using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>The pair ended: its thread becomes read-only and both members are told.</summary>
public sealed class PairClosedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<PairClosed>
{
    public async Task Consume(ConsumeContext<PairClosed> context)
    {
        var closed = context.Message;
        var now = clock.GetUtcNow();
        var thread = await db.FindOrOpenThreadAsync(
            closed.PairId, closed.ProgrammeId, closed.MenteeId, closed.MentorId, now, context.CancellationToken);
        thread.Close(ThreadClosure.PairClosed, now);
        foreach (var member in new[] { closed.MenteeId, closed.MentorId })
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.PairClosed, member, closed.PairId, now,
                    programmeId: closed.ProgrammeId, pairId: closed.PairId),
                context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
