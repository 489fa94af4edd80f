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
        var profile = await db.ProgrammeMailProfiles.FirstOrDefaultAsync(p => p.ProgrammeId == changed.ProgrammeId, context.CancellationToken);
        if (profile is null)
        {
            profile = new ProgrammeMailProfile { ProgrammeId = changed.ProgrammeId };
            db.ProgrammeMailProfiles.Add(profile);
        }
        else if (profile.NameRevision >= changed.Revision)
        {
            return;
        }

        profile.Name = changed.Name.Trim();
        profile.NameRevision = changed.Revision;
        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
