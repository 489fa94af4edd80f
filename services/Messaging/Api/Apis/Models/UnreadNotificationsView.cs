namespace Mentorship.Messaging.Apis.Models;

/// <summary>How many of a person's own notifications are unread, pushed live for their badge.</summary>
public sealed record UnreadNotificationsView(int Unread);
