using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Mentorship.ServiceDefaults.Backend.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL database from ConnectionStrings:{connectionName}
    /// (the key an Aspire AppHost injects), with snake_case names, the outbox commit hook, a readiness
    /// check and Npgsql's traces and metrics. The connection string is read when first needed, so
    /// tests can supply it late.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        builder.Services.AddRequiredConnectionString(connectionName);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider, PostgresClock>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionProblemMapper, DatabaseProblems>());

        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseServiceDatabase(RequiredConnectionStrings.Get(services.GetRequiredService<IConfiguration>(), connectionName))
            .AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor>()));

        builder.Services.AddHealthChecks().AddNpgSql(
            services => RequiredConnectionStrings.Get(services.GetRequiredService<IConfiguration>(), connectionName),
            name: connectionName,
            tags: ["ready"]);
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddNpgsql())
            .WithMetrics(metrics => metrics.AddMeter("Npgsql"));
        return builder;
    }

    /// <summary>
    /// The one database set-up of every service: PostgreSQL with snake_case names. Also used by
    /// design-time factories (migrations) and tests, so their model is the running service's.
    /// </summary>
    public static DbContextOptionsBuilder UseServiceDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
