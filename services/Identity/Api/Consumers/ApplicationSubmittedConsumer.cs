using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;

namespace Mentorship.Identity.Consumers;

/// <summary>
/// Records that the person applied to the programme, before any decision; once however often it is
/// delivered. Applied in batches: under intake, one transaction per submission cost Identity about 1 ms
/// of CPU and PostgreSQL two commits per submission.
/// </summary>
public sealed class ApplicationSubmittedConsumer(IdentityDbContext db) : IConsumer<ApplicationSubmitted>, IBatchApplier<ApplicationSubmitted>
{
    public Task Consume(ConsumeContext<ApplicationSubmitted> context) => ApplyAsync([context.Message], context.CancellationToken);

    public Task ApplyAsync(IReadOnlyList<ApplicationSubmitted> messages, CancellationToken cancellationToken) =>
        db.RecordParticipantsAsync([.. messages.Select(m => new ParticipantSince(m.ProgrammeId, m.PersonId, m.SubmittedAt))], cancellationToken);
}
