namespace Mentorship.AppHost.Orchestration;

public sealed record OrchestratorOptions
{
    /// <summary>How long a resource waits for what it waits for, and for its own first healthy check.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Health checks come often until a resource is healthy, then rarely.</summary>
    public TimeSpan UnhealthyProbeInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan HealthyProbeInterval { get; init; } = TimeSpan.FromSeconds(5);
}
