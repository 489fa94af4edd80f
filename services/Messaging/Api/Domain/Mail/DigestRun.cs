namespace Mentorship.Messaging.Domain.Mail;

/// <summary>The lease of one day's digest: its primary key lets exactly one replica run it.</summary>
public sealed class DigestRun
{
    public DateOnly Day { get; init; }

    public DateTimeOffset RanAt { get; init; }

    public int Mails { get; set; }
}
