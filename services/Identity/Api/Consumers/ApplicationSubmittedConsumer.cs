using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Data;

namespace Mentorship.Identity.Consumers;

/// <summary>Records that the person applied to the programme, before any decision; once however often it is delivered.</summary>
public sealed class ApplicationSubmittedConsumer(IdentityDbContext db) : IConsumer<ApplicationSubmitted>
{
    public Task Consume(ConsumeContext<ApplicationSubmitted> context)
    {
        var submitted = context.Message;
        return db.RecordParticipantAsync(submitted.ProgrammeId, submitted.PersonId, submitted.SubmittedAt, context.CancellationToken);
    }
}
