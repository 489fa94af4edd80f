namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>The languages notifications are written in.</summary>
public enum NotificationLanguage
{
    Fr,
    Nl,
    En,
}
