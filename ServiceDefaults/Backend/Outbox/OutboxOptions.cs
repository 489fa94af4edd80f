namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>Dispatcher settings, section "Outbox". The defaults suit production.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Rows claimed per transaction (1 to 10,000). A batch waits for all its confirms before the next is
    /// read, so small batches leave the broker idle between them: a round's 2,000 proposals were
    /// dispatched in 5 s at 100, 2.5 s at 1,000, and 2,000 flooded the consumers (publication bench).
    /// </summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How often to look for rows when no commit woke the dispatcher (other replicas' rows, delayed redeliveries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may wait for the broker's confirm before the batch is retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest pause between attempts while the broker is unreachable.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Dispatched outbox rows and inbox records older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
