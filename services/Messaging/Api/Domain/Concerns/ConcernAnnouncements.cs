using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.ServiceDefaults.Backend.Outbox;

namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>
/// Who hears of a concern's step, in the same commit as the step: the person who raised it of its progress,
/// the new handlers of a concern raised or escalated to them, and the other services of its state (ids only).
/// Keys carry the step, so each step notifies each person once.
/// </summary>
public static class ConcernAnnouncements
{
    public static async Task AnnounceAsync(
        this MessagingDbContext db, Concern concern, ConcernStep step, IReadOnlyList<Guid> newHandlers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var toRaiser = step.To switch
        {
            ConcernStatus.Acknowledged => NotificationKind.ConcernAcknowledged,
            ConcernStatus.InProgress => NotificationKind.ConcernInProgress,
            ConcernStatus.Resolved => NotificationKind.ConcernResolved,
            ConcernStatus.Escalated => NotificationKind.ConcernEscalated,
            _ => (NotificationKind?)null,
        };
        if (toRaiser is { } kind)
            await NotifyAsync(db, kind, concern.RaisedBy, concern, step, cancellationToken);
        foreach (var handler in newHandlers.Where(h => h != step.ActorId))
            await NotifyAsync(db, NotificationKind.ConcernReceived, handler, concern, step, cancellationToken);

        if (step.To == ConcernStatus.Open)
            db.AddEvent(MessagingEvents.Raised(concern), clock);
        else
            db.AddEvent(MessagingEvents.StatusChanged(concern, step), clock);
        // Pairing's first reading of an acknowledgement: kept for consumers that follow only that.
        if (step.To == ConcernStatus.Acknowledged)
            db.AddEvent(MessagingEvents.Acknowledged(concern), clock);
    }

    private static Task NotifyAsync(
        MessagingDbContext db, NotificationKind kind, Guid recipient, Concern concern, ConcernStep step, CancellationToken cancellationToken) =>
        db.NotifyOnceAsync(
            Notification.About(kind, recipient, step.Id, step.At, programmeId: concern.ProgrammeId, pairId: concern.PairId, concernId: concern.Id),
            cancellationToken);
}
