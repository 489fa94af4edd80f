using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Consumers;

/// <summary>
/// Evaluation's part of an erasure: research keeps the person's answers only anonymised. Free-text
/// answers, which may say who they are, are dropped; scales and choices stay under a random id that
/// nothing links back (in this service or any other), so the reports keep their sample.
/// </summary>
public sealed class PersonErasureRequestedConsumer(EvaluationDbContext db, TimeProvider clock) : IConsumer<PersonErasureRequested>
{
    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var cancellationToken = context.CancellationToken;
        await db.Answers.Where(a => db.Surveys.Any(s => s.Id == a.SurveyId && s.RespondentId == request.PersonId))
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Text, (string?)null), cancellationToken);
        await PersonErasure.CompleteAsync(db, request.PersonId, new PersonErased(request.ErasureId, ResourceNames.Evaluation, clock.GetUtcNow()), clock, cancellationToken);
    }
}
