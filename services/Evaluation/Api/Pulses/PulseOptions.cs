namespace Mentorship.Evaluation.Pulses;

/// <summary>Pulse check-ins of active pairs (section "Pulses"): one every EveryWeeks weeks after activation.</summary>
public sealed class PulseOptions
{
    public const string Section = "Pulses";

    public bool Enabled { get; set; } = true;

    public int EveryWeeks { get; set; } = 4;

    /// <summary>How often the worker looks for pairs whose next pulse is due; a pulse is a few hours late at most.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Pairs served per run, so one transaction stays short; the rest follow at the next run.</summary>
    public int BatchSize { get; set; } = 500;
}
