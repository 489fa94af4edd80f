using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>The pair will not go on: its thread becomes read-only and the mentee hears a new match is sought.</summary>
public sealed class MentorDeclinedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MentorDeclined>
{
    public Task Consume(ConsumeContext<MentorDeclined> context)
    {
        var declined = context.Message;
        return db.EndPairingAsync(
            declined.PairId, declined.ProgrammeId, declined.MenteeId, declined.MentorId,
            ThreadClosure.MentorDeclined, clock.GetUtcNow(), context.CancellationToken);
    }
}
