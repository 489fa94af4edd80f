using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mentorship.Messaging.Tests.Mail;

/// <summary>What mail tests do and wait for: sharing a contact as Enrollment does, the queue rows, the mails received.</summary>
public static class MailSteps
{
    public static string NewAddress() => $"p{Guid.NewGuid():N}@example.org";

    /// <summary>Sends a contact to the mail-contacts queue (with this factory's prefix), as Enrollment does on approval.</summary>
    public static async Task ShareContactAsync(
        this ServiceFactory<Program> factory, Guid personId, string email, string language, DateTimeOffset? sharedAt = null)
    {
        var options = factory.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;
        var endpoint = await factory.Services.GetRequiredService<IBus>().GetSendEndpoint(options.QueueAddress(MailContactShared.Queue));
        await endpoint.Send(new MailContactShared(personId, Guid.NewGuid(), email, language, sharedAt ?? DateTimeOffset.UtcNow));
    }

    public static Task<MailContact> ContactAsync(this ServiceFactory<Program> factory, Guid personId, Func<MailContact, bool> wanted) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var contact = await factory.QueryAsync<MessagingDbContext, MailContact?>(
                db => db.MailContacts.AsNoTracking().FirstOrDefaultAsync(c => c.PersonId == personId));
            return contact is not null && wanted(contact) ? contact : null;
        });

    /// <summary>Waits until the person's queued mails satisfy the condition.</summary>
    public static Task<List<OutgoingMail>> MailsOfAsync(
        this ServiceFactory<Program> factory, Guid? personId, Func<List<OutgoingMail>, bool> wanted, Guid? programmeId = null) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var mails = await factory.QueryAsync<MessagingDbContext, List<OutgoingMail>>(db => db.OutgoingMails.AsNoTracking()
                .Where(m => m.RecipientId == personId && (programmeId == null || m.ProgrammeId == programmeId))
                .OrderBy(m => m.CreatedAt)
                .ToListAsync());
            return wanted(mails) ? mails : null;
        });

    /// <summary>Waits until the server received this many mails for the address, and returns them.</summary>
    public static Task<IReadOnlyList<MimeMessage>> ReceivedAsync(this TestSmtpServer smtp, string address, int count = 1) =>
        ServiceFactory<Program>.EventuallyAsync(() =>
        {
            var received = smtp.To(address);
            return Task.FromResult(received.Count >= count ? received : null);
        });
}
