using Mentorship.ServiceDefaults.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Mentorship.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Logs, metrics and traces through OpenTelemetry. Export happens only when a launcher sets
    /// OTEL_EXPORTER_OTLP_ENDPOINT (an Aspire dashboard or a collector); service name, instance id,
    /// protocol and headers come from the standard OTEL_* variables. What a host adds (the database,
    /// the cache, the broker, the proxy) registers its own sources beside these.
    /// </summary>
    public static TBuilder AddPlatformTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(options => options.Filter = IsNotHealthProbe)
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

        return builder;
    }

    /// <summary>
    /// Health probes come every few seconds from the orchestrator and Kubernetes: what they check (the
    /// database, the cache, the services behind the gateway) stays out of the traces, which then show
    /// the platform's own work.
    /// </summary>
    public static WebApplication UseUntracedHealthProbes(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsNotHealthProbe(context))
            {
                await next(context);
                return;
            }

            using var untraced = SuppressInstrumentationScope.Begin();
            await next(context);
        });
        return app;
    }

    private static bool IsNotHealthProbe(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath)
        && !context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath);
}
