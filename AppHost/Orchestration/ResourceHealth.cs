namespace Mentorship.AppHost.Orchestration;

/// <summary>The result of a resource's health check, shown beside its state (Unknown until first checked).</summary>
public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}
