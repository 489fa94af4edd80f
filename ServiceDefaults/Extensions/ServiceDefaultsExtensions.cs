using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Memory;
using Mentorship.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Extensions;

/// <summary>What every service adds first and maps first, as Aspire's ServiceDefaults does, extended for this platform.</summary>
public static class ServiceDefaultsExtensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    private const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddPlatformTelemetry();
        builder.AddIdleMemoryTrim();

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddHttpConventions();
        builder.AddPlatformAuthentication();
        return builder;
    }

    /// <summary>
    /// Middleware and endpoints every service has. Health endpoints are mapped in every environment
    /// (Kubernetes probes need them) and are cheap and free of data. A host that answers /health
    /// itself (the gateway reports the whole system there) passes <paramref name="mapHealth"/> false.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool mapHealth = true)
    {
        app.UseUntracedHealthProbes();
        app.UseHttpConventions();
        app.UseAuthentication();
        app.UseAuthorization();

        if (mapHealth)
            app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
