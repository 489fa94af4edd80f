using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Domain.Mail;

/// <summary>
/// One mail to send, queued in the transaction that stored its notification. It holds ids, never an
/// address or words: the sender looks the address up and writes the text in the reader's language
/// when it sends. The idempotency key (from the notification) exists once, so a redelivered event
/// never queues a second mail; the Message-Id header derives from it too.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>The person mailed; null for a mail to the programme's staff address.</summary>
    public Guid? RecipientId { get; init; }

    public Guid? ProgrammeId { get; init; }

    public Guid? NotificationId { get; init; }

    /// <summary>The notification kind, or null for a digest.</summary>
    public NotificationKind? Kind { get; init; }

    public MailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>For a digest mail: the notifications it lists are the rows pointing at it.</summary>
    public Guid? DigestMailId { get; private set; }

    public bool IsDigest => Kind is null;

    public static OutgoingMail For(Notification notification, Guid? recipientId, MailStatus status, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        IdempotencyKey = KeyOf(notification),
        RecipientId = recipientId,
        ProgrammeId = notification.ProgrammeId ?? notification.StaffProgrammeId,
        NotificationId = notification.Id,
        Kind = notification.Kind,
        Status = status,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public static OutgoingMail Digest(Guid recipientId, DateOnly day, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        IdempotencyKey = $"digest:{recipientId}:{day:yyyy-MM-dd}",
        RecipientId = recipientId,
        Status = MailStatus.Queued,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>Stable across redeliveries: the notification's own key is unique per recipient.</summary>
    public static string KeyOf(Notification notification) => $"notification:{notification.RecipientId}:{notification.Key}";

    /// <summary>Taken by one sender: others skip it until the lease passes (a crashed sender's mail comes back).</summary>
    public void Claim(DateTimeOffset leaseUntil) => NextAttemptAt = leaseUntil;

    public void MarkSent(DateTimeOffset now)
    {
        Status = MailStatus.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    public void MarkNoAddress() => Status = MailStatus.NoAddress;

    public void MarkFailed(string reason)
    {
        Attempts++;
        Status = MailStatus.Failed;
        LastError = Truncate(reason);
    }

    /// <summary>A passing failure: tried again after the next delay, or failed once none is left.</summary>
    public void RecordTransientFailure(string reason, IReadOnlyList<TimeSpan> retryDelays, DateTimeOffset now)
    {
        Attempts++;
        LastError = Truncate(reason);
        if (Attempts > retryDelays.Count)
        {
            Status = MailStatus.Failed;
            return;
        }

        NextAttemptAt = now + retryDelays[Attempts - 1];
    }

    /// <summary>Ops send a failed or address-less mail again, from a fresh count of attempts.</summary>
    public bool Requeue(DateTimeOffset now)
    {
        if (Status is not (MailStatus.Failed or MailStatus.NoAddress))
            return false;
        Status = MailStatus.Queued;
        Attempts = 0;
        NextAttemptAt = now;
        return true;
    }

    public void IncludeIn(OutgoingMail digest)
    {
        Status = MailStatus.Digested;
        DigestMailId = digest.Id;
    }

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..500];
}
