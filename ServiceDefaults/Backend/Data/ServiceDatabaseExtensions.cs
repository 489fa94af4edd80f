using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Backend.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL database from ConnectionStrings:{connectionName}
    /// (the key an Aspire AppHost injects), with snake_case names and the outbox commit hook; Aspire's
    /// client integration adds the health check, the tracing (a span per SQL command, with its text)
    /// and the metrics. The connection string is read when first needed, so tests can supply it late;
    /// its pool is bounded (<see cref="ConnectionPoolSize"/>), repeated statements are prepared
    /// (<see cref="StatementPreparation"/>) and a pooled connection is not reset (<see cref="SessionReset"/>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        builder.Services.AddRequiredConnectionString(connectionName);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider, PostgresClock>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddSingleton<ColumnLengthGuard>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionProblemMapper, DatabaseProblems>());

        // Pooled: a request reuses a context instead of building its services again (about 6 % of a
        // submission's CPU in Enrollment). The interceptors are singletons, so pooling keeps them; any
        // other interceptor registered in the container (a test's observer) is added after ours.
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseServiceDatabase(SessionReset.Skipped(StatementPreparation.Automatic(ConnectionPoolSize.Bounded(
                RequiredConnectionStrings.Get(services.GetRequiredService<IConfiguration>(), connectionName)))))
            .AddInterceptors(services.GetRequiredService<ColumnLengthGuard>(), services.GetRequiredService<OutboxCommitInterceptor>())
            .AddInterceptors(services.GetServices<IInterceptor>()));

        // Registered by us, enriched by Aspire: AddNpgsqlDbContext would own the options (no interceptor
        // from the container). No retrying execution strategy: the inbox and the outbox
        // dispatcher open transactions themselves, which such a strategy refuses.
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);
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
