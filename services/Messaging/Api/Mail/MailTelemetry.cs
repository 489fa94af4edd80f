using System.Diagnostics.Metrics;

namespace Mentorship.Messaging.Mail;

/// <summary>The service's meter for mail: what was sent, retried and given up on.</summary>
public static class MailTelemetry
{
    public const string Name = "Mentorship.Messaging";

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Sent = Meter.CreateCounter<long>("messaging.mail.sent", description: "Mails the SMTP server accepted.");

    public static readonly Counter<long> Retried = Meter.CreateCounter<long>("messaging.mail.retried", description: "Sends that failed for a passing reason and will be tried again.");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("messaging.mail.failed", description: "Mails given up on: refused for good or out of retries.");
}
