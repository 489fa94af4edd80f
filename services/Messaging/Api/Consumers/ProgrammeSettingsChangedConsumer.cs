using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>A renamed programme signs its next mails with the new name; an older revision arriving late is ignored.</summary>
public sealed class ProgrammeSettingsChangedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<ProgrammeSettingsChanged>
{
    public async Task Consume(ConsumeContext<ProgrammeSettingsChanged> context)
    {
        var changed = context.Message;
        var name = changed.Name.Trim();
        // One conditional UPDATE, as in Pairing: two revisions applied at once keep the highest.
        var updated = await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE programme_mail_profiles
            SET name = {name}, name_revision = {changed.Revision}, updated_at = {clock.GetUtcNow()}
            WHERE programme_id = {changed.ProgrammeId} AND name_revision < {changed.Revision}
            """, context.CancellationToken);
        if (updated > 0 || await db.ProgrammeMailProfiles.AnyAsync(p => p.ProgrammeId == changed.ProgrammeId, context.CancellationToken))
            return;

        // The rename overtook the creation (two inserts at once: the second is retried into the UPDATE).
        db.ProgrammeMailProfiles.Add(new ProgrammeMailProfile
        {
            ProgrammeId = changed.ProgrammeId,
            Name = name,
            NameRevision = changed.Revision,
            UpdatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
