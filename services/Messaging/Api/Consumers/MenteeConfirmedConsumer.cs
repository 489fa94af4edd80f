using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>Tells the mentor the mentee confirmed the pair too, unless the pair already ended.</summary>
public sealed class MenteeConfirmedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MenteeConfirmed>
{
    public Task Consume(ConsumeContext<MenteeConfirmed> context)
    {
        var confirmed = context.Message;
        return db.NotifyOfStepAsync(
            (confirmed.PairId, confirmed.ProgrammeId, confirmed.MenteeId, confirmed.MentorId),
            confirmed.MentorId, NotificationKind.MenteeConfirmed, clock.GetUtcNow(), context.CancellationToken);
    }
}
