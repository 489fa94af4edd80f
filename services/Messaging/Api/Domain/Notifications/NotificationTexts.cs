using Kind = Mentorship.Messaging.Domain.Notifications.NotificationKind;
using Language = Mentorship.Messaging.Domain.Notifications.NotificationLanguage;

namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>
/// The words of every notification in French, Dutch and English, from the <see cref="TextCatalog"/>.
/// They name no one: the other person's details are shown, if at all, by the page the notification
/// links to, under that page's own rules. An alert says what is overdue, and more firmly once escalated.
/// </summary>
public static class NotificationTexts
{
    public static NotificationText For(Kind kind, Language language, int? alertLevel = null)
    {
        if (!AlertNotificationKinds.IsAlert(kind))
            return new(TextCatalog.Get(language, $"{kind}.Title"), TextCatalog.Get(language, $"{kind}.Body"));

        var escalated = alertLevel >= 2;
        var subject = TextCatalog.Get(language, $"{kind}.Subject");
        var title = TextCatalog.Format(language, escalated ? "Alert.EscalatedTitle" : "Alert.Title", ("subject", subject));
        var body = TextCatalog.Get(language, $"{kind}.Body");
        return new(title, escalated ? $"{body} {TextCatalog.Get(language, "Alert.EscalatedBody")}" : body);
    }

    public static NotificationText For(Notification notification, Language language) =>
        For(notification.Kind, language, notification.AlertLevel);
}
