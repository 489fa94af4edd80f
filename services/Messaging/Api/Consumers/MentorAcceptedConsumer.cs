using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>Tells the mentee their mentor agreed; opens the thread if the proposal has not been seen yet, and stays silent if the pair already ended.</summary>
public sealed class MentorAcceptedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MentorAccepted>
{
    public Task Consume(ConsumeContext<MentorAccepted> context)
    {
        var accepted = context.Message;
        return db.NotifyOfStepAsync(
            (accepted.PairId, accepted.ProgrammeId, accepted.MenteeId, accepted.MentorId),
            accepted.MenteeId, NotificationKind.MentorAccepted, clock.GetUtcNow(), context.CancellationToken);
    }
}
