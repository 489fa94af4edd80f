using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Remembers which closure survey the programme gets. Surveys sent before this arrived used the default
/// template; those still unanswered switch to the programme's own questions.
/// </summary>
public sealed class ProgrammeCreatedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<ProgrammeCreated>
{
    public async Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var programme = await db.ProgrammeSeenAsync(message.ProgrammeId, clock.GetUtcNow(), cancellationToken);
        if (!programme.UseTemplate(message.TemplateId))
            return;

        await db.SaveChangesAsync(cancellationToken);
        var templateId = SurveyTemplates.For(message.TemplateId).Id;
        await db.Surveys
            .Where(s => s.ProgrammeId == message.ProgrammeId && s.Status == SurveyStatus.Pending && s.TemplateId == SurveyTemplates.DefaultId)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.TemplateId, templateId), cancellationToken);
    }
}
