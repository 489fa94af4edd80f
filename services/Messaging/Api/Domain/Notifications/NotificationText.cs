namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>A notification as a person reads it.</summary>
public sealed record NotificationText(string Title, string Body);
