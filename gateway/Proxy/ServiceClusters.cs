using System.Net;
using Mentorship.ServiceDefaults.Hosting;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Mentorship.Gateway.Proxy;

/// <summary>
/// One YARP cluster per service, named like the service, with one destination by service name that
/// service discovery expands into one per replica when YARP loads its configuration.
/// </summary>
public static class ServiceClusters
{
    /// <summary>
    /// How long a request or an upgraded connection may stay silent. Longer than SignalR's
    /// long-polling wait (90 s) and keep-alive (15 s), so that the hub's connections survive.
    /// </summary>
    public static readonly TimeSpan ActivityTimeout = TimeSpan.FromSeconds(100);

    public static IReadOnlyList<ClusterConfig> For(IEnumerable<string> services) => [.. services.Select(ClusterOf)];

    private static ClusterConfig ClusterOf(string service) => new()
    {
        ClusterId = service,
        LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
        HealthCheck = new HealthCheckConfig
        {
            // Replicas that keep failing at the transport level are left out for a while; when
            // all are, they all stay in use rather than every request getting a 503.
            Passive = new PassiveHealthCheckConfig { Enabled = true },
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
        },
        // HTTP/1.1 on kept-alive pooled connections: the services listen in plain HTTP, where HTTP/2
        // would need prior knowledge, and YARP's default (2.0 or lower) says what it does less plainly.
        HttpRequest = new ForwarderRequestConfig
        {
            ActivityTimeout = ActivityTimeout,
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        },
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = ServiceAddresses.Of(service) },
        },
    };
}
