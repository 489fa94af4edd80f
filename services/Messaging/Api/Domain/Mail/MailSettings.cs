using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Domain.Mail;

/// <summary>What a person set themselves: the language of their mails and an address that wins over the one Enrollment shared.</summary>
public sealed class MailSettings
{
    public Guid PersonId { get; init; }

    public NotificationLanguage? Language { get; set; }

    public string? Address { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
