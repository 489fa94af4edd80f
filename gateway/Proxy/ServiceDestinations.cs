using System.Globalization;

namespace Mentorship.Gateway.Proxy;

/// <summary>
/// Where a service's replicas listen, read from the keys an Aspire AppHost injects:
/// services__matching__http__0, __1, ... (or __https__ when a service has no plain HTTP endpoint).
/// Microsoft.Extensions.ServiceDiscovery.Yarp would resolve these for YARP, but its package is not
/// served to our builds (docs/platform.md), so the gateway reads the same keys itself. A value is
/// an absolute address: http://localhost:5123 on a developer machine, http://matching:8080 under
/// Docker Compose or Kubernetes, where the platform's DNS resolves the name.
/// </summary>
public static class ServiceDestinations
{
    /// <summary>Plain HTTP first: inside the platform's network TLS ends at the ingress.</summary>
    private static readonly string[] Schemes = ["http", "https"];

    public static IReadOnlyList<Uri> Of(IConfiguration configuration, string service)
    {
        foreach (var scheme in Schemes)
        {
            var replicas = configuration.GetSection($"services:{service}:{scheme}").GetChildren()
                .Where(replica => !string.IsNullOrWhiteSpace(replica.Value))
                .OrderBy(replica => int.TryParse(replica.Key, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue)
                .Select(replica => Parse(replica.Path, replica.Value!))
                .ToList();
            if (replicas.Count > 0)
                return replicas;
        }

        throw new InvalidOperationException(
            $"No address is configured for the service '{service}': set services__{service}__http__0 " +
            $"(and __1, ... for replicas) to its base address, e.g. http://{service}:8080.");
    }

    private static Uri Parse(string key, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
            ? address
            : throw new InvalidOperationException($"{key} must be an absolute http or https address; it is '{value}'.");
}
