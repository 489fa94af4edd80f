using MassTransit;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Keeps the closure facts for the outcomes report and sends the closure evaluation to both members:
/// one survey per member (SurveyAssigned tells Messaging to notify them), never two for the same pair.
/// </summary>
public sealed class PairClosedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<PairClosed>
{
    public async Task Consume(ConsumeContext<PairClosed> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var now = clock.GetUtcNow();

        var pair = await db.PairSeenAsync(message.PairId, message.ProgrammeId, now, cancellationToken);
        pair.Closed(message.MenteeId, message.MentorId, message.Outcome, message.ActivatedAt, message.ClosedAt, message.MeetingsHeld);
        var programme = await db.ProgrammeSeenAsync(message.ProgrammeId, now, cancellationToken);

        await db.AssignOnceAsync(programme, message.PairId, message.MenteeId, RespondentRole.Mentee, SurveyKind.Closure, clock, cancellationToken);
        await db.AssignOnceAsync(programme, message.PairId, message.MentorId, RespondentRole.Mentor, SurveyKind.Closure, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
