using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.ServiceDefaults.Backend.Data;
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

    public static Task NotifyOnceAsync(this MessagingDbContext db, Notification notification, CancellationToken cancellationToken) =>
        db.NotifyOnceAsync([notification], cancellationToken);

    /// <summary>
    /// Adds each notification, and its mail, whose key its recipient does not have yet: one query for
    /// however many, so that a batch of events costs what one does.
    /// </summary>
    public static async Task NotifyOnceAsync(
        this MessagingDbContext db, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var recipients = notifications.Select(n => n.RecipientId).Distinct().ToList();
        var keys = notifications.Select(n => n.Key).Distinct().ToList();
        var stored = await db.Notifications
            .Where(n => recipients.Contains(n.RecipientId) && keys.Contains(n.Key))
            .Select(n => new { n.RecipientId, n.Key })
            .ToListAsync(cancellationToken);
        var known = stored.Select(n => (n.RecipientId, n.Key))
            .Concat(db.ChangeTracker.TrackedWithoutDetectingChanges<Notification>().Select(n => (n.RecipientId, n.Key)))
            .ToHashSet();
        var added = notifications.Where(n => known.Add((n.RecipientId, n.Key))).ToList();
        db.Notifications.AddRange(added);
        await db.QueueMailsAsync(added, cancellationToken);
    }

    /// <summary>
    /// Tells one member of a pair that the pair took a step (the mentor accepted, the mentee confirmed):
    /// opens the thread if this event is the first Messaging sees, and stays silent once the pair ended.
    /// </summary>
    public static async Task NotifyOfStepAsync(
        this MessagingDbContext db,
        (Guid PairId, Guid ProgrammeId, Guid MenteeId, Guid MentorId) pair,
        Guid recipientId,
        NotificationKind kind,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var thread = await db.FindOrOpenThreadAsync(pair.PairId, pair.ProgrammeId, pair.MenteeId, pair.MentorId, now, cancellationToken);
        if (!thread.ReadOnly)
            await db.NotifyOnceAsync(
                Notification.About(kind, recipientId, pair.PairId, now, programmeId: pair.ProgrammeId, pairId: pair.PairId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
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
