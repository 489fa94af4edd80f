using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;

namespace Mentorship.Identity.Consumers;

/// <summary>
/// Records that the person takes part in the programme, once however often it is approved or delivered;
/// kept beside the submission for approvals announced before submissions were. Applied in batches, as
/// staff approve a cohort by the dozen a second.
/// </summary>
public sealed class ApplicationApprovedConsumer(IdentityDbContext db) : IConsumer<ApplicationApproved>, IBatchApplier<ApplicationApproved>
{
    public Task Consume(ConsumeContext<ApplicationApproved> context) => ApplyAsync([context.Message], context.CancellationToken);

    public Task ApplyAsync(IReadOnlyList<ApplicationApproved> messages, CancellationToken cancellationToken) =>
        db.RecordParticipantsAsync([.. messages.Select(m => new ParticipantSince(m.ProgrammeId, m.PersonId, m.ApprovedAt))], cancellationToken);
}
