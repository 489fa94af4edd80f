using Mentorship.Messaging.Tests.Integration;

namespace Mentorship.Messaging.Tests.Mail;

/// <summary>Messaging whose SMTP server is not running yet: tests start it when they want.</summary>
public sealed class SmtpDownFactory() : MessagingFactory(startSmtp: false);
