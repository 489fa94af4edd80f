namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// A message a consumer has applied, recorded in the same transaction as the consumer's work, so a
/// redelivered copy changes state once.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    /// <summary>The receive endpoint (queue) that consumed it: one message may feed several consumers.</summary>
    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
