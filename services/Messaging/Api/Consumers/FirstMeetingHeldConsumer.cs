using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Messaging.Consumers;

/// <summary>A first meeting that did not fit ends the pairing as a decline does; a good fit changes nothing here.</summary>
public sealed class FirstMeetingHeldConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<FirstMeetingHeld>
{
    public Task Consume(ConsumeContext<FirstMeetingHeld> context)
    {
        var held = context.Message;
        if (held.Fit)
            return Task.CompletedTask;
        return db.EndPairingAsync(
            held.PairId, held.ProgrammeId, held.MenteeId, held.MentorId,
            ThreadClosure.NotAFit, clock.GetUtcNow(), context.CancellationToken);
    }
}
