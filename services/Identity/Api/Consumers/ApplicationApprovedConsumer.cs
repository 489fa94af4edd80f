using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Data;

namespace Mentorship.Identity.Consumers;

/// <summary>
/// Records that the person takes part in the programme, once however often it is approved or delivered;
/// kept beside the submission for approvals announced before submissions were.
/// </summary>
public sealed class ApplicationApprovedConsumer(IdentityDbContext db) : IConsumer<ApplicationApproved>
{
    public Task Consume(ConsumeContext<ApplicationApproved> context)
    {
        var approved = context.Message;
        return db.RecordParticipantAsync(approved.ProgrammeId, approved.PersonId, approved.ApprovedAt, context.CancellationToken);
    }
}
