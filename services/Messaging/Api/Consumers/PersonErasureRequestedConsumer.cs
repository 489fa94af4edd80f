using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Caching;
using Mentorship.Messaging.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Messaging's part of an erasure: the person's messages, notifications, mails, address, language and
/// mail settings go, the text of the concerns they raised is cleared, their unread counts leave Redis,
/// and their id in threads and concerns becomes a pseudonym, so the partner's side of the thread stays.
/// SignalR keeps group membership in each replica's memory, never in Redis: nothing to erase there.
/// </summary>
public sealed class PersonErasureRequestedConsumer(MessagingDbContext db, UnreadCounters unread, TimeProvider clock) : IConsumer<PersonErasureRequested>
{
    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var personId = context.Message.PersonId;
        var cancellationToken = context.CancellationToken;
        await db.Messages.Where(m => m.SenderId == personId).ExecuteDeleteAsync(cancellationToken);
        var raised = db.Concerns.Where(c => c.RaisedBy == personId);
        await db.ConcernSteps.Where(s => raised.Any(c => c.Id == s.ConcernId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), cancellationToken);
        await raised.ExecuteUpdateAsync(c => c.SetProperty(x => x.Text, "").SetProperty(x => x.Lab, (string?)null), cancellationToken);
        await db.OutgoingMails.Where(m => m.RecipientId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Notifications.Where(n => n.RecipientId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.NotificationReads.Where(r => r.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.MailContacts.Where(c => c.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.MailSettings.Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.MailKindPreferences.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.UnsubscribeTokens.Where(t => t.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.LanguagePreferences.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await unread.ForgetAsync(personId);
        await PersonErasure.CompleteAsync(db, personId, new PersonErased(context.Message.ErasureId, ResourceNames.Messaging, clock.GetUtcNow()), clock, cancellationToken);
    }
}
