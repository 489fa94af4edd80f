using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Gateway.Health;

/// <summary>
/// Runs the health checks at most once per <see cref="Lifetime"/>: callers arriving meanwhile, or
/// while a run is under way, share its report, so probes of the gateway cannot storm the services.
/// </summary>
public sealed class SystemHealthCache(HealthCheckService checks, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private Task<HealthReport>? latest;
    private DateTimeOffset freshUntil;

    public Task<HealthReport> GetAsync()
    {
        lock (gate)
        {
            if (latest is null || (latest.IsCompleted && clock.GetUtcNow() >= freshUntil))
                latest = CheckAsync();
            return latest;
        }
    }

    private async Task<HealthReport> CheckAsync()
    {
        // Not the caller's token: the run is shared, and one caller leaving must not cancel it for others.
        var report = await checks.CheckHealthAsync(CancellationToken.None);
        lock (gate)
            freshUntil = clock.GetUtcNow() + Lifetime;
        return report;
    }
}
