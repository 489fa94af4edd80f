using MassTransit;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Matching.Consumers;

public sealed class MentorDeclinedConsumer(MatchingDbContext db) : IConsumer<MentorDeclined>
{
    public async Task Consume(ConsumeContext<MentorDeclined> context)
    {
        var declined = context.Message;
        await PlacementEndings.EndAsync(
            db, declined.PairId, declined.ProgrammeId, declined.MenteeId, declined.MentorId,
            PlacementStatus.Declined, declined.DeclinedAt, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
