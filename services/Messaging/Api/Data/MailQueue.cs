using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

/// <summary>
/// Queues the mail of a new notification in the same unit of work, as the recipient wants it: at once
/// (the default), in the daily digest, or not at all. The mail's key comes from the notification's, so
/// however often the event is delivered there is one mail.
/// </summary>
public static class MailQueue
{
    /// <summary>The mails of new notifications, with one query each for those already queued, the recipients' choices and their unsubscribe links.</summary>
    public static async Task QueueMailsAsync(
        this MessagingDbContext db, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
            return;
        var keys = notifications.Select(OutgoingMail.KeyOf).ToList();
        var queued = (await db.OutgoingMails.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken))
            .Concat(db.ChangeTracker.TrackedWithoutDetectingChanges<OutgoingMail>().Select(m => m.IdempotencyKey))
            .ToHashSet();
        var unmailed = notifications.Where(n => queued.Add(OutgoingMail.KeyOf(n))).ToList();

        var people = unmailed.Where(n => !n.ForStaff).Select(n => n.RecipientId).Distinct().ToList();
        var kinds = unmailed.Select(n => n.Kind).Distinct().ToList();
        var modes = people.Count == 0
            ? new Dictionary<(Guid, NotificationKind), MailMode>()
            : await db.MailKindPreferences.AsNoTracking()
                .Where(p => people.Contains(p.PersonId) && kinds.Contains(p.Kind))
                .ToDictionaryAsync(p => (p.PersonId, p.Kind), p => p.Mode, cancellationToken);

        var links = new List<(Guid PersonId, NotificationKind? Kind, DateTimeOffset Now)>();
        foreach (var notification in unmailed)
        {
            var now = notification.CreatedAt;
            if (notification.ForStaff)
            {
                db.OutgoingMails.Add(OutgoingMail.For(notification, null, MailStatus.Queued, now));
                continue;
            }

            var mode = modes.GetValueOrDefault((notification.RecipientId, notification.Kind), MailMode.Immediate);
            if (mode == MailMode.Off)
                continue;
            var status = mode == MailMode.Digest ? MailStatus.DigestPending : MailStatus.Queued;
            db.OutgoingMails.Add(OutgoingMail.For(notification, notification.RecipientId, status, now));
            if (mode == MailMode.Immediate)
                links.Add((notification.RecipientId, notification.Kind, now));
        }

        await db.EnsureUnsubscribeTokensAsync(links, cancellationToken);
    }

    /// <summary>The person's unsubscribe link for a kind (null: for every kind, as a digest offers).</summary>
    public static Task EnsureUnsubscribeTokenAsync(
        this MessagingDbContext db, Guid personId, NotificationKind? kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.EnsureUnsubscribeTokensAsync([(personId, kind, now)], cancellationToken);

    private static async Task EnsureUnsubscribeTokensAsync(
        this MessagingDbContext db, IReadOnlyList<(Guid PersonId, NotificationKind? Kind, DateTimeOffset Now)> links, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
            return;
        var people = links.Select(l => l.PersonId).Distinct().ToList();
        var stored = await db.UnsubscribeTokens.Where(t => people.Contains(t.PersonId)).Select(t => new { t.PersonId, t.Kind }).ToListAsync(cancellationToken);
        var known = stored.Select(t => (t.PersonId, t.Kind))
            .Concat(db.ChangeTracker.TrackedWithoutDetectingChanges<UnsubscribeToken>().Select(t => (t.PersonId, t.Kind)))
            .ToHashSet();
        foreach (var (personId, kind, now) in links)
        {
            if (known.Add((personId, kind)))
                db.UnsubscribeTokens.Add(UnsubscribeToken.Create(personId, kind, now));
        }
    }
}
