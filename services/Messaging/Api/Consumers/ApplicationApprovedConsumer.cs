using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>Remembers the participant's notification language and that they may raise concerns in this programme.</summary>
public sealed class ApplicationApprovedConsumer(MessagingDbContext db) : IConsumer<ApplicationApproved>
{
    public async Task Consume(ConsumeContext<ApplicationApproved> context)
    {
        var approved = context.Message;
        var cancellationToken = context.CancellationToken;

        if (LanguageCodes.Parse(approved.NotificationLanguage) is { } language)
        {
            var preference = await db.LanguagePreferences.FirstOrDefaultAsync(p => p.PersonId == approved.PersonId, cancellationToken);
            if (preference is null)
                db.LanguagePreferences.Add(LanguagePreference.Choose(approved.PersonId, language, approved.ApprovedAt));
            else
                preference.Update(language, approved.ApprovedAt);
        }

        var known = await db.ProgrammeParticipants.AnyAsync(
            p => p.ProgrammeId == approved.ProgrammeId && p.PersonId == approved.PersonId, cancellationToken);
        if (!known)
            db.ProgrammeParticipants.Add(new ProgrammeParticipant
            {
                ProgrammeId = approved.ProgrammeId,
                PersonId = approved.PersonId,
                ApprovedAt = approved.ApprovedAt,
            });

        await db.SaveChangesAsync(cancellationToken);
    }
}
