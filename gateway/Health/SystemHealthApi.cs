using Mentorship.ServiceDefaults.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Gateway.Health;

public static class SystemHealthApi
{
    /// <summary>The whole system's health; /alive stays the gateway process alone.</summary>
    public static IEndpointRouteBuilder MapSystemHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(ServiceDefaultsExtensions.HealthPath, GetSystemHealth)
            .AllowAnonymous()
            .WithTags("Gateway")
            .WithSummary("Health of the gateway and of each service: 200 when all are healthy, 503 otherwise.")
            .Produces<SystemHealth>(StatusCodes.Status200OK)
            .Produces<SystemHealth>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static async Task<JsonHttpResult<SystemHealth>> GetSystemHealth(SystemHealthCache cache, HttpResponse response)
    {
        var report = await cache.GetAsync();
        response.Headers.CacheControl = "no-store";
        return TypedResults.Json(
            SystemHealth.From(report),
            statusCode: report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
