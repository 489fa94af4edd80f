using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Identity.Contracts;

namespace Mentorship.Enrollment.Consumers;

/// <summary>The person now holds a staff role: the retention rule leaves them alone.</summary>
public sealed class StaffRoleGrantedConsumer(EnrollmentDbContext db) : IConsumer<StaffRoleGranted>
{
    public Task Consume(ConsumeContext<StaffRoleGranted> context)
    {
        var granted = context.Message;
        return db.RecordAsync(granted.PersonId, granted.ProgrammeId, granted.Role, held: true, granted.GrantedAt, context.CancellationToken);
    }
}
