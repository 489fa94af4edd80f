using MassTransit;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Keeps which dimensions each meeting addressed, for the outcomes report and POLLEM's "effects follow
/// the dimensions addressed" view. A meeting may arrive before its pair's activation: the pair is
/// recorded with what the meeting tells.
/// </summary>
public sealed class MeetingLoggedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<MeetingLogged>
{
    public async Task Consume(ConsumeContext<MeetingLogged> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        if (await db.Meetings.FindAsync([message.MeetingId], cancellationToken) is not null)
            return;

        await db.PairSeenAsync(message.PairId, message.ProgrammeId, clock.GetUtcNow(), cancellationToken);
        db.Meetings.Add(new Meeting
        {
            Id = message.MeetingId,
            PairId = message.PairId,
            ProgrammeId = message.ProgrammeId,
            Date = message.Date,
            DurationMinutes = message.DurationMinutes,
            Professional = message.Dimensions.Contains("professional"),
            Personal = message.Dimensions.Contains("personal"),
            Academic = message.Dimensions.Contains("academic"),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
