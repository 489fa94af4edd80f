using MassTransit;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

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

        await AssignAsync(programme, message.PairId, message.MenteeId, RespondentRole.Mentee, now, cancellationToken);
        await AssignAsync(programme, message.PairId, message.MentorId, RespondentRole.Mentor, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AssignAsync(Programme programme, Guid pairId, Guid respondentId, RespondentRole role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var exists = await db.Surveys.AnyAsync(
            s => s.PairId == pairId && s.RespondentId == respondentId && s.Kind == SurveyKind.Closure, cancellationToken);
        if (exists)
            return;

        var survey = Survey.Assign(programme, pairId, respondentId, role, SurveyKind.Closure, now);
        db.Surveys.Add(survey);
        db.AddEvent(EvaluationEvents.Assigned(survey), clock);
    }
}
