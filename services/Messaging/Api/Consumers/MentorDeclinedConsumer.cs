using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// The pair will not go on: its thread becomes read-only and the mentee hears a new match is sought.
/// When the mentee is the one who declined, the mentor who had accepted hears it too.
/// </summary>
public sealed class MentorDeclinedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MentorDeclined>
{
    private const string ByMentee = "mentee";

    public async Task Consume(ConsumeContext<MentorDeclined> context)
    {
        var declined = context.Message;
        var now = clock.GetUtcNow();
        var byMentee = declined.DeclinedBy == ByMentee;
        if (byMentee)
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.MenteeDeclined, declined.MentorId, declined.PairId, now,
                    programmeId: declined.ProgrammeId, pairId: declined.PairId),
                context.CancellationToken);
        await db.EndPairingAsync(
            declined.PairId, declined.ProgrammeId, declined.MenteeId, declined.MentorId,
            byMentee ? ThreadClosure.MenteeDeclined : ThreadClosure.MentorDeclined, now, context.CancellationToken);
    }
}
