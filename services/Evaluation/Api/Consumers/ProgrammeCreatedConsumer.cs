using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Remembers which closure survey the programme gets, and its name and institution as of revision 0 (an
/// edit that overtook the creation keeps its own). Surveys sent before this arrived used the default
/// template; those still unanswered switch to the programme's own questions.
/// </summary>
public sealed class ProgrammeCreatedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<ProgrammeCreated>
{
    public async Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var programme = await db.ProgrammeSeenAsync(message.ProgrammeId, clock.GetUtcNow(), cancellationToken);
        var templateChanged = programme.UseTemplate(message.TemplateId);
        await db.SaveChangesAsync(cancellationToken);
        await db.ProgrammeSettingsAsync(message.ProgrammeId, 0, message.Name, message.Institution, cancellationToken);
        if (!templateChanged)
            return;

        var templateId = SurveyTemplates.For(message.TemplateId).Id;
        await db.Surveys
            .Where(s => s.ProgrammeId == message.ProgrammeId && s.Status == SurveyStatus.Pending && s.TemplateId == SurveyTemplates.DefaultId)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.TemplateId, templateId), cancellationToken);
    }
}
