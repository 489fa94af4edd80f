using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// A renamed programme signs its next mails with the new name. One upsert that only a higher revision
/// passes, as in Pairing: two revisions applied at once keep the highest, an older one arriving late is
/// ignored, and a rename that overtook the creation makes the row (a read-then-insert used to collide
/// with the creation's insert on every retry).
/// </summary>
public sealed class ProgrammeSettingsChangedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<ProgrammeSettingsChanged>
{
    public Task Consume(ConsumeContext<ProgrammeSettingsChanged> context)
    {
        var changed = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programme_mail_profiles (programme_id, name, name_revision, updated_at)
            VALUES ({changed.ProgrammeId}, {changed.Name.Trim()}, {changed.Revision}, {clock.GetUtcNow()})
            ON CONFLICT (programme_id) DO UPDATE SET
                name = excluded.name, name_revision = excluded.name_revision, updated_at = excluded.updated_at
            WHERE programme_mail_profiles.name_revision < excluded.name_revision
            """, context.CancellationToken);
    }
}
