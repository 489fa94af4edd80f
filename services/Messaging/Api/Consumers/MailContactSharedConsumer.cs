using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Keeps the latest address and language a participant shared with an approved application. Received on
/// its own queue (<see cref="MailContactShared.Queue"/>), the only one carrying a personal detail; the
/// address is never logged.
/// </summary>
public sealed class MailContactSharedConsumer(MessagingDbContext db) : IConsumer<MailContactShared>
{
    public async Task Consume(ConsumeContext<MailContactShared> context)
    {
        var shared = context.Message;
        var email = shared.Email.Trim();
        var contact = await db.MailContacts.FirstOrDefaultAsync(c => c.PersonId == shared.PersonId, context.CancellationToken);
        if (contact is null)
            db.MailContacts.Add(new MailContact { PersonId = shared.PersonId, Email = email, Language = shared.Language, SharedAt = shared.SharedAt });
        else
            contact.Update(email, shared.Language, shared.SharedAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
