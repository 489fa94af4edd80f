namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>
/// An in-app notification, stored as a kind and the ids it is about, never as words: the title and
/// body are written in the reader's language when it is read. The key (kind and subject) makes each
/// notification exist once per recipient however often its event is delivered.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; init; }

    public Guid RecipientId { get; init; }

    public NotificationKind Kind { get; init; }

    /// <summary>"kind:subject-id", unique per recipient.</summary>
    public required string Key { get; init; }

    public Guid? ProgrammeId { get; init; }

    public Guid? PairId { get; init; }

    public Guid? SurveyId { get; init; }

    public Guid? ConcernId { get; init; }

    /// <summary>
    /// Set for a notification to a programme's staff (an alert for "coordinators"): every coordinator of
    /// that programme reads it, each with their own read state (<see cref="NotificationRead"/>), and
    /// <see cref="RecipientId"/> is <see cref="Guid.Empty"/>.
    /// </summary>
    public Guid? StaffProgrammeId { get; init; }

    /// <summary>The pair alert it tells of, with its level (1 first, 2 and up escalated).</summary>
    public Guid? AlertId { get; init; }

    public int? AlertLevel { get; init; }

    /// <summary>When the alert it tells of was closed.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When it was sent to the recipient's open connections; null while waiting for the pusher.</summary>
    public DateTimeOffset? PushedAt { get; set; }

    public static Notification About(
        NotificationKind kind,
        Guid recipientId,
        Guid subjectId,
        DateTimeOffset now,
        Guid? programmeId = null,
        Guid? pairId = null,
        Guid? surveyId = null,
        Guid? concernId = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            RecipientId = recipientId,
            Kind = kind,
            Key = KeyOf(kind, subjectId),
            ProgrammeId = programmeId,
            PairId = pairId,
            SurveyId = surveyId,
            ConcernId = concernId,
            CreatedAt = now,
        };

    /// <summary>A pair alert told to one person (by id) or to the programme's staff.</summary>
    public static Notification OfAlert(
        NotificationKind kind, Guid? recipientId, Guid alertId, int level, Guid programmeId, Guid pairId, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            RecipientId = recipientId ?? Guid.Empty,
            StaffProgrammeId = recipientId is null ? programmeId : null,
            Kind = kind,
            Key = $"{kind}:{alertId}:{level}",
            ProgrammeId = programmeId,
            PairId = pairId,
            AlertId = alertId,
            AlertLevel = level,
            CreatedAt = now,
        };

    public bool ForStaff => StaffProgrammeId is not null;

    public static string KeyOf(NotificationKind kind, Guid subjectId) => $"{kind}:{subjectId}";

    public bool MarkRead(DateTimeOffset now)
    {
        if (ReadAt is not null)
            return false;
        ReadAt = now;
        return true;
    }
}
