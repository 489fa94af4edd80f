using MassTransit;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Counts the pair as formed for the outcomes report and sends each member the baseline survey (the
/// state of each effect dimension before the mentoring), once per member however often this arrives.
/// </summary>
public sealed class PairActivatedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<PairActivated>
{
    public async Task Consume(ConsumeContext<PairActivated> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var now = clock.GetUtcNow();
        var pair = await db.PairSeenAsync(message.PairId, message.ProgrammeId, now, cancellationToken);
        pair.Activated(message.MenteeId, message.MentorId, message.ActivatedAt);

        // A closure that overtook the activation leaves no "before" to measure: answered now, it would come after the end.
        if (pair.ClosedAt is null)
        {
            var programme = await db.ProgrammeSeenAsync(message.ProgrammeId, now, cancellationToken);
            await db.AssignOnceAsync(programme, message.PairId, message.MenteeId, RespondentRole.Mentee, SurveyKind.Baseline, clock, cancellationToken);
            await db.AssignOnceAsync(programme, message.PairId, message.MentorId, RespondentRole.Mentor, SurveyKind.Baseline, clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
