using MassTransit;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Matching.Consumers;

/// <summary>A first meeting that did not fit sends the mentee back to matching; one that fit changes nothing here.</summary>
public sealed class FirstMeetingHeldConsumer(MatchingDbContext db, TimeProvider clock) : IConsumer<FirstMeetingHeld>
{
    public async Task Consume(ConsumeContext<FirstMeetingHeld> context)
    {
        var meeting = context.Message;
        if (meeting.Fit)
            return;

        await PlacementEndings.EndAsync(
            db, meeting.PairId, meeting.ProgrammeId, meeting.MenteeId, meeting.MentorId,
            PlacementStatus.NotAFit, clock.GetUtcNow(), context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
