using Mentorship.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL database from ConnectionStrings:{connectionName}
    /// (the key an Aspire AppHost injects), with snake_case names, the outbox commit hook and a
    /// readiness check. The connection string is read when first needed, so tests can supply it late.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        builder.Services.AddRequiredConnectionString(connectionName);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider, PostgresClock>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();

        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseServiceDatabase(RequiredConnectionStrings.Get(services.GetRequiredService<IConfiguration>(), connectionName))
            .AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor>()));

        builder.Services.AddHealthChecks().AddNpgSql(
            services => RequiredConnectionStrings.Get(services.GetRequiredService<IConfiguration>(), connectionName),
            name: connectionName,
            tags: ["ready"]);

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
