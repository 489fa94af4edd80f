using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Resources;

namespace Mentorship.AppHost.Hosting;

/// <summary>
/// Exactly the keys an Aspire AppHost gives a project (shared/docs/hosting.md), so that a service cannot
/// tell which launcher started it.
/// </summary>
public static class ProjectEnvironment
{
    public static Dictionary<string, string> For(
        string resourceName, Uri? url, IEnumerable<Resource> references, string environmentName, OtlpSettings? otlp)
    {
        var environment = new Dictionary<string, string>();
        foreach (var reference in references)
        {
            switch (reference)
            {
                case IResourceWithConnectionString withConnectionString:
                    environment[$"ConnectionStrings__{reference.Name}"] = withConnectionString.ConnectionString;
                    break;
                case ProjectResource project:
                    environment[$"services__{reference.Name}__http__0"] = Origin(project.Url);
                    break;
                default:
                    throw new ArgumentException($"{reference.Name} ({reference.Type}) cannot be referenced.", nameof(references));
            }
        }

        if (url is not null)
            environment["ASPNETCORE_URLS"] = Origin(url);
        environment["ASPNETCORE_ENVIRONMENT"] = environmentName;
        environment["DOTNET_ENVIRONMENT"] = environmentName;
        environment["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
        environment["OTEL_SERVICE_NAME"] = resourceName;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={resourceName}-{Guid.NewGuid().ToString("N")[..8]}";
        if (otlp is not null)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.Endpoint;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = otlp.Protocol;
            if (otlp.ApiKey is not null)
                environment["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={otlp.ApiKey}";
        }

        return environment;
    }

    /// <summary>"http://localhost:5123", without the trailing slash Uri.ToString adds.</summary>
    private static string Origin(Uri url) => url.GetLeftPart(UriPartial.Authority);
}
