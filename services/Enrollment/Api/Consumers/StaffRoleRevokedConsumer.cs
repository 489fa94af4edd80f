using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Identity.Contracts;

namespace Mentorship.Enrollment.Consumers;

/// <summary>The role was taken back: once the person holds none, the retention rule counts for them again.</summary>
public sealed class StaffRoleRevokedConsumer(EnrollmentDbContext db) : IConsumer<StaffRoleRevoked>
{
    public Task Consume(ConsumeContext<StaffRoleRevoked> context)
    {
        var revoked = context.Message;
        return db.RecordAsync(revoked.PersonId, revoked.ProgrammeId, revoked.Role, held: false, revoked.RevokedAt, context.CancellationToken);
    }
}
