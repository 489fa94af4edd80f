using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Domain.Mail;

/// <summary>A person's choice for one kind of notification; a kind without a row is mailed immediately.</summary>
public sealed class MailKindPreference
{
    public Guid PersonId { get; init; }

    public NotificationKind Kind { get; init; }

    public MailMode Mode { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
