using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Proxy;

/// <summary>
/// The address of each service as YARP is given it, <c>http://matching</c>: service discovery resolves
/// it to every replica listed under the keys an Aspire AppHost injects (services__matching__http__0,
/// __1, ...), http://localhost:5123 on a developer machine, http://matching:8080 under Kubernetes.
/// Plain HTTP only: inside the platform's network TLS ends at the ingress.
/// </summary>
public static class ServiceAddresses
{
    public static string Of(string service) => $"http://{service}";

    /// <summary>
    /// The services the gateway routes to: the five domain services, and identity and the web front
    /// end when an address is configured for them (every deployment has both; a gateway started for a
    /// test may not, and without an address a service's routes do not exist).
    /// </summary>
    public static IReadOnlyList<string> Routed(IConfiguration configuration) =>
        [.. ResourceNames.Services, .. Optional.Where(service => IsConfigured(configuration, service))];

    public static bool IsConfigured(IConfiguration configuration, string service) =>
        configuration.GetSection($"services:{service}:http").Exists();

    private static readonly string[] Optional = [ResourceNames.Identity, ResourceNames.Web];

    /// <summary>
    /// Fails start-up naming the key to set when a service has none: service discovery would otherwise
    /// fall back to the bare name on port 80, and a forgotten reference would show only as 502s.
    /// </summary>
    public static void EnsureConfigured(IConfiguration configuration, IEnumerable<string> services)
    {
        var missing = services.Where(service => !configuration.GetSection($"services:{service}:http").Exists()).ToList();
        if (missing.Count == 0)
            return;

        var keys = string.Join(", ", missing.Select(service => $"services__{service}__http__0"));
        throw new InvalidOperationException(
            $"No address is configured for {string.Join(", ", missing)}: set {keys} (and __1, ... for replicas) " +
            $"to the base address of each, e.g. http://{missing[0]}:8080.");
    }
}
