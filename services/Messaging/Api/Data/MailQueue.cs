using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

/// <summary>
/// Queues the mail of a new notification in the same unit of work, as the recipient wants it: at once
/// (the default), in the daily digest, or not at all. The mail's key comes from the notification's, so
/// however often the event is delivered there is one mail.
/// </summary>
public static class MailQueue
{
    public static async Task QueueMailAsync(this MessagingDbContext db, Notification notification, CancellationToken cancellationToken)
    {
        var key = OutgoingMail.KeyOf(notification);
        if (db.OutgoingMails.Local.Any(m => m.IdempotencyKey == key)
            || await db.OutgoingMails.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
            return;

        var now = notification.CreatedAt;
        if (notification.ForStaff)
        {
            db.OutgoingMails.Add(OutgoingMail.For(notification, null, MailStatus.Queued, now));
            return;
        }

        var mode = await db.MailKindPreferences.AsNoTracking()
            .Where(p => p.PersonId == notification.RecipientId && p.Kind == notification.Kind)
            .Select(p => (MailMode?)p.Mode)
            .FirstOrDefaultAsync(cancellationToken) ?? MailMode.Immediate;
        if (mode == MailMode.Off)
            return;

        var status = mode == MailMode.Digest ? MailStatus.DigestPending : MailStatus.Queued;
        db.OutgoingMails.Add(OutgoingMail.For(notification, notification.RecipientId, status, now));
        if (mode == MailMode.Immediate)
            await db.EnsureUnsubscribeTokenAsync(notification.RecipientId, notification.Kind, now, cancellationToken);
    }

    /// <summary>The person's unsubscribe link for a kind (null: for every kind, as a digest offers).</summary>
    public static async Task EnsureUnsubscribeTokenAsync(
        this MessagingDbContext db, Guid personId, NotificationKind? kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.UnsubscribeTokens.Local.Any(t => t.PersonId == personId && t.Kind == kind)
            || await db.UnsubscribeTokens.AnyAsync(t => t.PersonId == personId && t.Kind == kind, cancellationToken))
            return;
        db.UnsubscribeTokens.Add(UnsubscribeToken.Create(personId, kind, now));
    }
}
