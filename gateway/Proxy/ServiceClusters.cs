using Mentorship.ServiceDefaults.Hosting;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Mentorship.Gateway.Proxy;

/// <summary>One YARP cluster per service, named like the service, over all its configured replicas.</summary>
public static class ServiceClusters
{
    /// <summary>
    /// How long a request or an upgraded connection may stay silent. Longer than SignalR's
    /// long-polling wait (90 s) and keep-alive (15 s), so that the hub's connections survive.
    /// </summary>
    public static readonly TimeSpan ActivityTimeout = TimeSpan.FromSeconds(100);

    public static IReadOnlyList<ClusterConfig> From(IConfiguration configuration) =>
        [.. ResourceNames.Services.Select(service => ClusterOf(service, ServiceDestinations.Of(configuration, service)))];

    private static ClusterConfig ClusterOf(string service, IReadOnlyList<Uri> replicas) => new()
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
        HttpRequest = new ForwarderRequestConfig { ActivityTimeout = ActivityTimeout },
        Destinations = replicas
            .Select((address, index) => (Id: $"{service}-{index}", Address: address))
            .ToDictionary(replica => replica.Id, replica => new DestinationConfig { Address = replica.Address.ToString() }),
    };
}
