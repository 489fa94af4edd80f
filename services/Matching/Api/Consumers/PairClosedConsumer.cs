using MassTransit;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Matching.Consumers;

/// <summary>A closed pair frees the mentor's seat; its mentee is done with this programme's matching.</summary>
public sealed class PairClosedConsumer(MatchingDbContext db) : IConsumer<PairClosed>
{
    public async Task Consume(ConsumeContext<PairClosed> context)
    {
        var closed = context.Message;
        await PlacementEndings.EndAsync(
            db, closed.PairId, closed.ProgrammeId, closed.MenteeId, closed.MentorId,
            PlacementStatus.Closed, closed.ClosedAt, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
