using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>Remembers the programme's name for its mails' subject and signature.</summary>
public sealed class ProgrammeCreatedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<ProgrammeCreated>
{
    public async Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var created = context.Message;
        if (string.IsNullOrWhiteSpace(created.Name))
            return;
        var profile = await db.ProgrammeMailProfiles.FirstOrDefaultAsync(p => p.ProgrammeId == created.ProgrammeId, context.CancellationToken);
        if (profile is null)
        {
            profile = new ProgrammeMailProfile { ProgrammeId = created.ProgrammeId };
            db.ProgrammeMailProfiles.Add(profile);
        }

        // An edit that overtook the creation already holds the newer name.
        if (profile.NameRevision > 0)
            return;

        profile.Name = created.Name.Trim();
        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
