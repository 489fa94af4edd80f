using FluentValidation;
using Mentorship.Gateway.ApiReference;
using Mentorship.Gateway.Apis;
using Mentorship.Gateway.Health;
using Mentorship.Gateway.Identity;
using Mentorship.Gateway.Privacy;
using Mentorship.Gateway.Proxy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using OpenTelemetry.Trace;
using Yarp.ReverseProxy.Configuration;

namespace Mentorship.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    /// <summary>YARP's ActivitySource: one span per forwarded request, between the incoming and the outgoing one.</summary>
    private const string YarpActivitySource = "Yarp.ReverseProxy";

    private const string AllowedOriginsKey = "Cors:AllowedOrigins";

    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        var routed = ServiceAddresses.Routed(builder.Configuration);
        builder.AddServiceProxy(routed);
        builder.Services.AcceptHubAccessTokens();
        builder.Services.AddConfiguredCors();
        builder.Services.AddSystemHealth(routed);
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        return builder;
    }

    public static WebApplication MapGatewayEndpoints(this WebApplication app)
    {
        app.MapSystemHealth();
        if (IssuesDevelopmentTokens(app))
            app.MapDevTokenApi();
        app.MapApiReference();
        // Answered here, not forwarded: more specific than the proxy's /api/people/{**rest}, so it takes precedence.
        app.MapPersonExportApi();
        app.MapReverseProxy();
        app.MapUnknownPaths();
        return app;
    }

    /// <summary>
    /// Only where the services trust the development key: the Development environment, beside the
    /// identity authority when one is configured (AddPlatformAuthentication). Anywhere else
    /// /dev/token does not exist.
    /// </summary>
    private static bool IssuesDevelopmentTokens(WebApplication app) => app.Environment.IsDevelopment();

    /// <summary>
    /// The route table over one cluster per service, whose replicas service discovery finds under the
    /// services:{name}:http:{i} keys a launcher sets (ServiceAddresses).
    /// </summary>
    private static void AddServiceProxy(this IHostApplicationBuilder builder, IReadOnlyList<string> routed)
    {
        ServiceAddresses.EnsureConfigured(builder.Configuration, ResourceNames.Services);
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                [.. GatewayRoutes.All.Where(route => routed.Contains(route.Service)).Select(route => route.ToRouteConfig())],
                ServiceClusters.For(routed))
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(YarpActivitySource));
    }

    /// <summary>
    /// Browser front ends on other origins, listed in Cors:AllowedOrigins (none by default). Credentials
    /// are allowed because SignalR's negotiate request is sent with them.
    /// </summary>
    private static void AddConfiguredCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [];
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .AllowAnyMethod()
                .AllowAnyHeader()
                .AllowCredentials()
                .WithExposedHeaders(HeaderNames.Location, HeaderNames.ContentDisposition));
        });
    }

    /// <summary>Each service's /health as a check of the gateway's own, answered through a short cache.</summary>
    private static void AddSystemHealth(this IServiceCollection services, IReadOnlyList<string> routed)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SystemHealthCache>();
        services.AddOptions<SystemHealthOptions>()
            .BindConfiguration(SystemHealthOptions.Section)
            .Validate(health => health.ProbeTimeout > TimeSpan.Zero, "SystemHealth:ProbeTimeout must be positive.")
            .ValidateOnStart();

        // A probe is one short attempt at the address YARP uses: the default handlers' retries and
        // service discovery would only delay or blur the answer.
        services.AddHttpClient(ServiceHealthCheck.HttpClientName)
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Clear());

        var checks = services.AddHealthChecks();
        foreach (var service in routed)
            checks.AddTypeActivatedCheck<ServiceHealthCheck>(service, failureStatus: null, tags: [ServiceHealthCheck.Tag], args: service);
    }
}
