using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Gateway.Health;

/// <summary>The whole system's health: the worst of all checks, and each service's own status.</summary>
public sealed record SystemHealth(string Status, IReadOnlyDictionary<string, string> Services)
{
    public static SystemHealth From(HealthReport report) => new(
        report.Status.ToString(),
        report.Entries
            .Where(entry => entry.Value.Tags.Contains(ServiceHealthCheck.Tag))
            .ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()));
}
