namespace Mentorship.Messaging.Mail;

/// <summary>Section "Mail" (Mail__From, Mail__LinkBaseUrl, ...). The SMTP server itself is ConnectionStrings:mail.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Mentorship <no-reply@mentorship.example>";

    /// <summary>The gateway's public address: links in mails point there.</summary>
    public string LinkBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Waits after each passing failure (connection refused, 4xx); once spent the mail fails with its reason.</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>How often the sender looks for due mails when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 25;

    /// <summary>SMTP connections used side by side by each replica.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>A claimed batch comes back to the queue after this if its sender died mid-way.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The time of day (UTC) the daily digest goes out.</summary>
    public TimeOnly DigestAt { get; set; } = new(18, 0);

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays =>
        RetryDelays is { Length: > 0 }
            ? RetryDelays
            : [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];
}
