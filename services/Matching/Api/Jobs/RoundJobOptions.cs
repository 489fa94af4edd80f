namespace Mentorship.Matching.Jobs;

/// <summary>Section "Rounds": how the background planning of rounds reports and is watched. Defaults suit production.</summary>
public sealed class RoundJobOptions
{
    public const string Section = "Rounds";

    /// <summary>How often a planning worker writes its progress to the round row (proof it is alive).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an idle worker looks for queued rounds other replicas accepted.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
