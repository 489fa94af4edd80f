using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

/// <summary>
/// The upserts consumers share. Pairing's events may come in any order and more than once, so each
/// finds or opens the thread and adds a notification (and its mail) only if its key is not there yet; two copies
/// racing end in a unique violation, and the retry then finds the row.
/// </summary>
public static class ConsumerWrites
{
    public static async Task<PairThread> FindOrOpenThreadAsync(
        this MessagingDbContext db,
        Guid pairId,
        Guid programmeId,
        Guid menteeId,
        Guid mentorId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var thread = await db.Threads.FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
        if (thread is not null)
            return thread;
        thread = PairThread.Open(pairId, programmeId, menteeId, mentorId, now);
        db.Threads.Add(thread);
        return thread;
    }

    public static async Task NotifyOnceAsync(
        this MessagingDbContext db, Notification notification, CancellationToken cancellationToken)
    {
        var pendingHere = db.Notifications.Local.Any(n => n.RecipientId == notification.RecipientId && n.Key == notification.Key);
        if (pendingHere)
            return;
        var exists = await db.Notifications.AnyAsync(
            n => n.RecipientId == notification.RecipientId && n.Key == notification.Key, cancellationToken);
        if (exists)
            return;
        db.Notifications.Add(notification);
        await db.QueueMailAsync(notification, cancellationToken);
    }

    /// <summary>The pairing stops before it began (declined, not a fit): the thread turns read-only and the mentee is told, gently.</summary>
    public static async Task EndPairingAsync(
        this MessagingDbContext db,
        Guid pairId,
        Guid programmeId,
        Guid menteeId,
        Guid mentorId,
        ThreadClosure closure,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var thread = await db.FindOrOpenThreadAsync(pairId, programmeId, menteeId, mentorId, now, cancellationToken);
        thread.Close(closure, now);
        await db.NotifyOnceAsync(
            Notification.About(NotificationKind.NewMatchSought, menteeId, pairId, now, programmeId: programmeId, pairId: pairId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
