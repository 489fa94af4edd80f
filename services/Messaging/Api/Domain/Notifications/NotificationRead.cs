namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>One staff member read a notification addressed to their programme's staff.</summary>
public sealed class NotificationRead
{
    public Guid NotificationId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset ReadAt { get; init; }
}
