using System.Net.Http.Headers;
using MassTransit;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Mentorship.Testing;

/// <summary>
/// One service in-process over real servers: a fresh database of its own with the service's migrations
/// applied before it starts, the shared broker with queues prefixed for this factory (so parallel test
/// runs never take each other's messages), Redis when the service uses it, the Development
/// environment and short retry intervals. A factory made with <see cref="ReplicaOf"/> is another
/// replica of the same service: same database, queues and Redis, as pods of one Deployment are.
/// </summary>
public class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    private readonly string _databaseResource;
    private readonly bool _usesCache;
    private string _endpointPrefix = "T" + Guid.NewGuid().ToString("N")[..10];
    private string _database = "";
    private string _eventBus = "";
    private string? _cache;

    protected ServiceFactory(string databaseResource, bool usesCache = false)
    {
        _databaseResource = databaseResource;
        _usesCache = usesCache;
    }

    /// <summary>An initialised factory of the same service whose servers, database and queues this one shares.</summary>
    public ServiceFactory<TProgram>? ReplicaOf { get; init; }

    /// <summary>Records the service's log lines of some categories, when given.</summary>
    public RecordedLogs? Logs { get; init; }

    public async Task InitializeAsync()
    {
        if (ReplicaOf is { } first)
        {
            if (first._database.Length == 0)
                throw new InvalidOperationException("Initialise the first replica before the others.");
            (_database, _eventBus, _cache, _endpointPrefix) = (first._database, first._eventBus, first._cache, first._endpointPrefix);
            await Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
            return;
        }

        var infrastructure = TestInfrastructure.Shared;
        _database = await MigratedDatabases.CreateAsync(DbContextType, _databaseResource);
        _eventBus = (await infrastructure.GetEventBusAsync()).EventBusConnectionString;
        if (_usesCache)
            _cache = (await infrastructure.GetCacheAsync()).ConnectionString;

        await Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
    }

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{_databaseResource}", _database);
        builder.UseSetting("ConnectionStrings:eventbus", _eventBus);
        if (_cache is not null)
            builder.UseSetting("ConnectionStrings:cache", _cache);
        builder.UseSetting("Messaging:EndpointPrefix", _endpointPrefix);
        builder.UseSetting("Messaging:RetryIntervals:0", "00:00:00.050");
        builder.UseSetting("Messaging:RetryIntervals:1", "00:00:00.200");
        builder.UseSetting("Messaging:RedeliveryIntervals:0", "00:00:01");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        if (Logs is not null)
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public HttpClient CreateClient(TestUser user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(user.PersonId, user.Name, user.Roles, user.Programmes));
        return client;
    }

    /// <summary>Publishes an event as another service would: through the broker, with a fresh message id.</summary>
    public Task PublishAsync<T>(T message)
        where T : class =>
        Services.GetRequiredService<IBus>().Publish(message);

    public async Task<TResult> QueryAsync<TDbContext, TResult>(Func<TDbContext, Task<TResult>> query)
        where TDbContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    /// <summary>The events of type T the service stored in its outbox (committed with the state change that caused them).</summary>
    public async Task<IReadOnlyList<T>> PublishedAsync<T>()
        where T : class
    {
        await using var scope = Services.CreateAsyncScope();
        return await OutboxMessages.PublishedAsync<T>(scope.ServiceProvider.GetRequiredService<OutboxDbContextAccessor>().Context);
    }

    /// <summary>Polls until the probe returns a value (eventual consistency across the broker), or fails after the timeout.</summary>
    public static Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null) =>
        Eventually.Get(probe, "the expected state", (int)(timeout ?? TimeSpan.FromSeconds(20)).TotalSeconds);

    /// <summary>
    /// The service's one DbContext, whose migrations its database holds before the service starts, so its
    /// consumers and dispatcher never see a missing table.
    /// </summary>
    private static Type DbContextType => typeof(TProgram).Assembly.GetTypes().Single(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract);
}
