namespace Mentorship.ServiceDefaults.Memory;

/// <summary>Section "Memory": when a quiet process hands its spare managed memory back to the system.</summary>
public sealed class MemoryOptions
{
    public const string Section = "Memory";

    /// <summary>
    /// How long a process must have been quiet after a busy spell before one full collection returns the
    /// garbage collector's spare memory; zero turns it off. The GC keeps what a load left committed until
    /// its next collection, which a quiet process may not reach for hours.
    /// </summary>
    public TimeSpan TrimAfterQuiet { get; set; } = TimeSpan.FromSeconds(30);
}
