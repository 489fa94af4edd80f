using MassTransit;
using Mentorship.Evaluation.Data;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Evaluation.Consumers;

/// <summary>Counts the pair as formed for the outcomes report.</summary>
public sealed class PairActivatedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<PairActivated>
{
    public async Task Consume(ConsumeContext<PairActivated> context)
    {
        var message = context.Message;
        var pair = await db.PairSeenAsync(message.PairId, message.ProgrammeId, clock.GetUtcNow(), context.CancellationToken);
        pair.Activated(message.MenteeId, message.MentorId, message.ActivatedAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
