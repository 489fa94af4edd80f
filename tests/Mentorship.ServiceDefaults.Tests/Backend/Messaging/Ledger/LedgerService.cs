using MassTransit;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>
/// A small service built exactly as the real ones are (AddServiceDatabase + AddMessaging) over the
/// shared PostgreSQL and RabbitMQ, with its own database and queue prefix.
/// </summary>
public sealed class LedgerService : IAsyncDisposable
{
    private const string Database = "ledgerdb";
    private readonly IHost _host;

    private LedgerService(IHost host, string endpointPrefix, string connectionString)
    {
        _host = host;
        EndpointPrefix = endpointPrefix;
        ConnectionString = connectionString;
    }

    public string EndpointPrefix { get; }

    public string ConnectionString { get; }

    public ReceivedMessages Received { get; } = new();

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    /// <summary>
    /// Starts a replica; pass another replica's connection string and prefix to share its database and
    /// queues, settings to override the test defaults, and servers other than the process's shared ones.
    /// </summary>
    public static async Task<LedgerService> StartAsync(
        Action<IBusRegistrationConfigurator> addConsumers,
        LedgerService? replicaOf = null,
        TimeSpan? pollInterval = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        TestInfrastructure? infrastructure = null)
    {
        infrastructure ??= TestInfrastructure.Shared;
        var connectionString = replicaOf?.ConnectionString ?? await infrastructure.CreateDatabaseAsync("ledger");
        var endpointPrefix = replicaOf?.EndpointPrefix ?? "T" + Guid.NewGuid().ToString("N")[..10];
        var eventBus = (await infrastructure.GetEventBusAsync()).EventBusConnectionString;

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{Database}"] = connectionString,
            ["ConnectionStrings:eventbus"] = eventBus,
            ["Messaging:EndpointPrefix"] = endpointPrefix,
            ["Messaging:RetryIntervals:0"] = "00:00:00.050",
            ["Messaging:RedeliveryIntervals:0"] = "00:00:00.300",
            ["Messaging:RedeliveryIntervals:1"] = "00:00:00.300",
            ["Outbox:PollInterval"] = (pollInterval ?? TimeSpan.FromMilliseconds(200)).ToString(),
            ["Outbox:MaxBackoff"] = "00:00:01",
            ["Outbox:PublishTimeout"] = "00:00:03",
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDatabase<LedgerDbContext>(Database);
        builder.AddMessaging<LedgerDbContext>("ledger", addConsumers);

        var host = builder.Build();
        if (replicaOf is null)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.EnsureCreatedAsync();
        }

        var service = new LedgerService(host, endpointPrefix, connectionString);
        host.Services.GetRequiredService<IBus>().ConnectReceiveObserver(service.Received);
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return service;
    }

    /// <summary>A state change and its event, committed together as every service does it.</summary>
    public async Task<Guid> AddEntryAsync(Guid? entryId = null)
    {
        var id = entryId ?? Guid.NewGuid();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        db.Entries.Add(new LedgerEntry { Id = id });
        db.AddEvent(new EntryAdded(id));
        await db.SaveChangesAsync();
        return id;
    }

    public async Task<T> QueryAsync<T>(Func<LedgerDbContext, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LedgerDbContext>());
    }

    public Task<EntryTally?> TallyAsync(Guid entryId) =>
        QueryAsync(db => db.Tallies.AsNoTracking().FirstOrDefaultAsync(t => t.EntryId == entryId));

    public Task<List<OutboxMessage>> OutboxAsync() =>
        QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync());

    /// <summary>
    /// The outbox once every row is marked dispatched. The mark follows the broker's confirm, so a
    /// consumer can apply an event before its row is marked: tests wait for the mark, not assume it.
    /// </summary>
    public async Task<List<OutboxMessage>> OutboxOnceAllDispatchedAsync()
    {
        await Eventually.True(async () => (await OutboxAsync()).All(row => row.DispatchedAt is not null), "every outbox row marked dispatched", seconds: 30);
        return await OutboxAsync();
    }

    /// <summary>The queue MassTransit names for a consumer of this service.</summary>
    public string QueueOf<TConsumer>()
        where TConsumer : class, IConsumer =>
        new KebabCaseEndpointNameFormatter(EndpointPrefix + "Ledger", false).Consumer<TConsumer>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
