using Mentorship.ServiceDefaults.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    /// the cache, the broker, the proxy) registers its own sources beside these. Traces are sampled
    /// by <see cref="TracesPerSecond"/>, which replaces the OTEL_TRACES_SAMPLER an Aspire AppHost sets
    /// (always_on, which would also ignore the caller's decision).
    /// </summary>
    public static TBuilder AddPlatformTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .Validate(telemetry => telemetry.TracesPerSecond >= 0, "Telemetry:TracesPerSecond must be 0 (every trace) or more.")
            .ValidateOnStart();

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .SetSampler(TracesPerSecond)
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(options => options.Filter = IsNotHealthProbe)
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

        return builder;
    }

    /// <summary>
    /// A trace started elsewhere is recorded when the caller recorded it (the traceparent header or
    /// the message's headers say so); a new one is subject to the per-second limit.
    /// </summary>
    public static Sampler TracesPerSecond(IServiceProvider services)
    {
        var perSecond = services.GetRequiredService<IOptions<TelemetryOptions>>().Value.TracesPerSecond;
        return new ParentBasedSampler(perSecond == 0 ? new AlwaysOnSampler() : new TracesPerSecondSampler(perSecond, TimeProvider.System));
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
