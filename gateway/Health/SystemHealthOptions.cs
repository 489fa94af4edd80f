namespace Mentorship.Gateway.Health;

/// <summary>Section "SystemHealth": how the gateway asks the services for their health.</summary>
public sealed class SystemHealthOptions
{
    public const string Section = "SystemHealth";

    /// <summary>
    /// How long one replica's /health may take before it counts as down. Short, so a hung replica
    /// cannot hold the gateway's readiness answer back.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
