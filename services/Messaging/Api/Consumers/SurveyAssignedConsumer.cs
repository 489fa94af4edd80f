using MassTransit;
using Mentorship.Evaluation.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Consumers;

/// <summary>Tells the respondent an evaluation awaits them, linking to the survey.</summary>
public sealed class SurveyAssignedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<SurveyAssigned>
{
    public async Task Consume(ConsumeContext<SurveyAssigned> context)
    {
        var assigned = context.Message;
        await db.NotifyOnceAsync(
            Notification.About(NotificationKind.SurveyAssigned, assigned.RespondentId, assigned.SurveyId, clock.GetUtcNow(),
                programmeId: assigned.ProgrammeId, pairId: assigned.PairId, surveyId: assigned.SurveyId),
            context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
