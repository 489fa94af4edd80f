namespace Mentorship.Pairing.Domain;

/// <summary>
/// The one row the alert scheduler's replicas contend for: whoever locks it while it is due runs the
/// evaluation in the same transaction and moves <see cref="DueAt"/> on by the interval.
/// </summary>
public sealed class AlertSchedule
{
    public const string PairAlerts = "pair-alerts";
    public const int HolderMaxLength = 200;

    public required string Name { get; init; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>The replica (host and process) that ran last, for operators.</summary>
    public string? Holder { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }
}
