using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Consumers;

/// <summary>Records that the person takes part in the programme, once however often it is approved or delivered.</summary>
public sealed class ApplicationApprovedConsumer(IdentityDbContext db) : IConsumer<ApplicationApproved>
{
    public Task Consume(ConsumeContext<ApplicationApproved> context)
    {
        var approved = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programme_participants (programme_id, person_id, approved_at)
            VALUES ({approved.ProgrammeId}, {approved.PersonId}, {approved.ApprovedAt})
            ON CONFLICT (programme_id, person_id) DO NOTHING
            """, context.CancellationToken);
    }
}
