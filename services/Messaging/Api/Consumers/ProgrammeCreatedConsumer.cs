using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Remembers the programme's name for its mails' subject and signature. One upsert that names the
/// programme only while no edit (revision 0) has: a rename applied at the same moment is never
/// overwritten by the creation's name, and the staff's own mail settings are left alone.
/// </summary>
public sealed class ProgrammeCreatedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<ProgrammeCreated>
{
    public Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var created = context.Message;
        if (string.IsNullOrWhiteSpace(created.Name))
            return Task.CompletedTask;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programme_mail_profiles (programme_id, name, name_revision, updated_at)
            VALUES ({created.ProgrammeId}, {created.Name.Trim()}, 0, {clock.GetUtcNow()})
            ON CONFLICT (programme_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
            WHERE programme_mail_profiles.name_revision = 0
            """, context.CancellationToken);
    }
}
