namespace Mentorship.Enrollment.Retention;

/// <summary>The retention sweep (section "Retention"); the months themselves are each programme's setting.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the sweep looks for people to erase: a few hours late on a rule counted in months is nothing.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>People looked at per query; a run goes on batch after batch until none is left.</summary>
    public int BatchSize { get; set; } = 200;
}
