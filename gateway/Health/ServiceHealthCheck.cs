using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using Yarp.ReverseProxy;

namespace Mentorship.Gateway.Health;

/// <summary>
/// Asks every replica the gateway forwards to for its /health, in parallel and briefly: healthy
/// when all answer 2xx, degraded when some do, unhealthy when none does. The replicas are the ones
/// YARP uses, so the answer describes the routes actually taken.
/// </summary>
public sealed class ServiceHealthCheck(IProxyStateLookup proxy, IHttpClientFactory clients, IOptions<SystemHealthOptions> options, string service) : IHealthCheck
{
    public const string HttpClientName = "service-health";
    public const string Tag = "service";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!proxy.TryGetCluster(service, out var cluster) || cluster.Destinations.Count == 0)
            return HealthCheckResult.Unhealthy($"The gateway has no destination for {service}.");

        // Probes every few seconds would otherwise fill the traces with gateway-only spans.
        using var untraced = SuppressInstrumentationScope.Begin();
        var answers = await Task.WhenAll(cluster.Destinations.Values.Select(
            destination => ProbeAsync(new Uri(destination.Model.Config.Address), cancellationToken)));

        var healthy = answers.Count(answer => answer is null);
        var failures = string.Join("; ", answers.OfType<string>());
        return healthy == answers.Length ? HealthCheckResult.Healthy()
            : healthy > 0 ? HealthCheckResult.Degraded(failures)
            : HealthCheckResult.Unhealthy(failures);
    }

    /// <summary>Null when the replica is healthy, otherwise what went wrong.</summary>
    private async Task<string?> ProbeAsync(Uri replica, CancellationToken cancellationToken)
    {
        var limit = options.Value.ProbeTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var probe = new Uri(replica, "health");
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(probe, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"{probe} answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return $"{probe} is unreachable: {exception.Message}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{probe} did not answer within {limit.TotalSeconds} s";
        }
    }
}
