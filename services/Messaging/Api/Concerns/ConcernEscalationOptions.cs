namespace Mentorship.Messaging.Concerns;

/// <summary>How often the escalation clock looks for concerns nobody acknowledged in time (section "Concerns").</summary>
public sealed class ConcernEscalationOptions
{
    public const string Section = "Concerns";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Concerns escalated per transaction; the next batch follows at once.</summary>
    public int BatchSize { get; set; } = 100;
}
