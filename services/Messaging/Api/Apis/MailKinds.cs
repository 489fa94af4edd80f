using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis;

/// <summary>Notification kinds and mail modes as the API spells them ("mentee-proposed", "digest").</summary>
public static class MailKinds
{
    public static string Name(NotificationKind kind) => QueryEnum.Name(kind);

    public static string Name(MailMode mode) => QueryEnum.Name(mode);

    public static NotificationKind? ParseKind(string value) =>
        Enum.GetValues<NotificationKind>().Cast<NotificationKind?>().FirstOrDefault(k => Name(k!.Value) == value);

    public static MailMode? ParseMode(string? value) =>
        Enum.GetValues<MailMode>().Cast<MailMode?>().FirstOrDefault(m => Name(m!.Value) == value);

    public static string AllModes => string.Join(", ", Enum.GetValues<MailMode>().Select(Name));
}
