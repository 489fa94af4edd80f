namespace Mentorship.Messaging.Domain.Mail;

/// <summary>How a person wants to be mailed about one kind of notification.</summary>
public enum MailMode
{
    Immediate,
    Digest,
    Off,
}
