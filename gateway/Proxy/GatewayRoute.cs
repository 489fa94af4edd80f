using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace Mentorship.Gateway.Proxy;

/// <summary>One row of the route table: requests whose path matches <see cref="Path"/> go to the service's cluster.</summary>
public sealed record GatewayRoute(string Path, string Service)
{
    /// <summary>Lower wins when two rows match the same path.</summary>
    public int Order { get; init; } = GatewayRoutes.Specific;

    public long MaxRequestBodySize { get; init; } = GatewayRoutes.JsonBodyLimit;

    /// <summary>Only the API documents, identity's sign-in and protocol rows and the mail unsubscribe link are anonymous; every other row needs a valid bearer token.</summary>
    public bool Anonymous { get; init; }

    /// <summary>The path the service is asked for instead of the public one, when they differ.</summary>
    public string? ServicePath { get; init; }

    public RouteConfig ToRouteConfig()
    {
        var route = new RouteConfig
        {
            RouteId = $"{Service} {Path}",
            ClusterId = Service,
            Order = Order,
            Match = new RouteMatch { Path = Path },
            // YARP's names for "the default policy (an authenticated user)" and "no policy".
            AuthorizationPolicy = Anonymous ? "Anonymous" : "Default",
            MaxRequestBodySize = MaxRequestBodySize,
        };

        // A service's OpenAPI document lists the host it was asked on as its server: keep the
        // gateway's host so that the API reference sends requests through the gateway.
        return ServicePath is null
            ? route
            : route.WithTransformPathSet(ServicePath).WithTransformUseOriginalHostHeader();
    }
}
