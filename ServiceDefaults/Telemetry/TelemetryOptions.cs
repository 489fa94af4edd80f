namespace Mentorship.ServiceDefaults.Telemetry;

/// <summary>Section "Telemetry": how many traces a process starts.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// New traces a process records per second at most (a request arriving at the gateway, a
    /// background job); 0 records every one. A trace continued from another process follows that
    /// process's decision, so a trace is whole or absent.
    /// </summary>
    public int TracesPerSecond { get; set; } = 20;
}
