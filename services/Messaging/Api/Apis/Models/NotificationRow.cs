using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>
/// A notification with the reader's read time (their own for one addressed to the programme's staff).
/// Set with initialisers, not a constructor, so EF Core can filter and sort on it after the projection.
/// </summary>
public sealed class NotificationRow
{
    public required Notification Notification { get; init; }

    public DateTimeOffset? ReadAt { get; init; }
}
