using System.Collections.Concurrent;
using System.Diagnostics;
using Aspire.Hosting.Testing;
using DotNet.Testcontainers.Containers;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.Testing;

/// <summary>
/// The servers a test assembly needs, each started on first request and shared by the whole test
/// process: PostgreSQL (<see cref="GetPostgresAsync"/>, <see cref="CreateDatabaseAsync"/>), RabbitMQ
/// (<see cref="GetEventBusAsync"/>, <see cref="StopBrokerAsync"/>, <see cref="StartBrokerAsync"/>) and
/// Redis (<see cref="GetCacheAsync"/>). Each comes from ConnectionStrings__{postgres|eventbus|cache}
/// when set, else from Testcontainers when a Docker engine answers, else from the local installs,
/// started by the AppHost itself (servers only, one run for the three). The AppHost's orchestrator
/// watches this process, so the servers stop with it even when the test host is killed.
/// </summary>
public sealed class TestInfrastructure : IAsyncDisposable
{
    /// <summary>
    /// How long a server may take to become healthy: about 15 s on a quiet machine, but RabbitMQ has
    /// needed more than 90 s with several builds sharing two cores, and a wait that ends early fails a
    /// whole test project.
    /// </summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    /// <summary>
    /// Set to "1" by the shared test servers (tests/Mentorship.TestServers), whose broker has a virtual host
    /// per test project: each process then uses its project's. MassTransit names exchanges after message
    /// types, so test projects on one virtual host received each other's events (Messaging's notification
    /// tests got the SurveyAssigned that Evaluation's tests published).
    /// </summary>
    public const string VirtualHostPerTestProject = "MENTORSHIP_EVENTBUS_VHOST_PER_TEST_PROJECT";

    private static readonly Lazy<TestInfrastructure> SharedInstance = new(CreateShared);

    private readonly Func<string, string?> _environment;
    private readonly Lazy<string> _testProject;
    private readonly Lazy<bool> _dockerEngineReachable;
    private readonly Lazy<Task<LocalPlatform>> _platform;
    private readonly Lazy<Task<TestPostgres>> _postgres;
    private readonly Lazy<Task<TestEventBus>> _eventBus;
    private readonly Lazy<Task<TestCache>> _cache;
    private readonly ConcurrentDictionary<string, InfrastructureMode> _modes = new();
    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentStack<Func<Task>> _stops = new();

    /// <param name="environment">Reads environment variables (the process's by default).</param>
    /// <param name="dockerEngineReachable">Probes for a Docker engine (<see cref="DockerEngine.IsReachable()"/> by default).</param>
    /// <param name="testProject">Whose virtual host to use on the shared test servers (<see cref="TestProjects.Current"/> by default).</param>
    public TestInfrastructure(Func<string, string?>? environment = null, Func<bool>? dockerEngineReachable = null, string? testProject = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
        _testProject = new Lazy<string>(() => testProject ?? TestProjects.Current());
        _dockerEngineReachable = new Lazy<bool>(dockerEngineReachable ?? DockerEngine.IsReachable);
        _platform = new Lazy<Task<LocalPlatform>>(StartPlatformAsync);
        _postgres = new Lazy<Task<TestPostgres>>(StartPostgresAsync);
        _eventBus = new Lazy<Task<TestEventBus>>(StartEventBusAsync);
        _cache = new Lazy<Task<TestCache>>(StartCacheAsync);
    }

    /// <summary>The one instance of the test process.</summary>
    public static TestInfrastructure Shared => SharedInstance.Value;

    /// <summary>Where each server asked for so far comes from, by resource name (postgres, eventbus, cache).</summary>
    public IReadOnlyDictionary<string, InfrastructureMode> Modes => _modes;

    /// <summary>The temporary data folder of the AppHost's servers, once they were started.</summary>
    public string? LocalDataDirectory => _platform.IsValueCreated && _platform.Value.IsCompletedSuccessfully ? _platform.Value.Result.DataDirectory : null;

    /// <summary>What was chosen and how long each server took to start (also written to the console).</summary>
    public IReadOnlyList<string> Log => [.. _log];

    public Task<TestPostgres> GetPostgresAsync(CancellationToken cancellationToken = default) => _postgres.Value.WaitAsync(cancellationToken);

    public Task<TestEventBus> GetEventBusAsync(CancellationToken cancellationToken = default) => _eventBus.Value.WaitAsync(cancellationToken);

    public Task<TestCache> GetCacheAsync(CancellationToken cancellationToken = default) => _cache.Value.WaitAsync(cancellationToken);

    /// <summary>A new database "{prefix}_{unique}" on the shared server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default) =>
        await (await GetPostgresAsync(cancellationToken)).CreateDatabaseAsync(prefix, cancellationToken: cancellationToken);

    /// <inheritdoc cref="TestEventBus.StopBrokerAsync"/>
    public async Task StopBrokerAsync(CancellationToken cancellationToken = default) =>
        await (await GetEventBusAsync(cancellationToken)).StopBrokerAsync(cancellationToken);

    /// <inheritdoc cref="TestEventBus.StartBrokerAsync"/>
    public async Task StartBrokerAsync(CancellationToken cancellationToken = default) =>
        await (await GetEventBusAsync(cancellationToken)).StartBrokerAsync(cancellationToken);

    /// <summary>Stops what this instance started, last started first, and deletes its temporary data.</summary>
    public async ValueTask DisposeAsync()
    {
        while (_stops.TryPop(out var stop))
            await stop();
    }

    // The shared instance is never disposed: VSTest kills the test host 100 ms after the run, and the
    // AppHost's orchestrator then stops the servers; Testcontainers' reaper removes containers.
    private static TestInfrastructure CreateShared() => new();

    private async Task<TestPostgres> StartPostgresAsync()
    {
        var clock = Stopwatch.StartNew();
        var (mode, configured) = Choose(Postgres);
        var postgres = mode switch
        {
            InfrastructureMode.Environment => new TestPostgres(mode, configured!),
            InfrastructureMode.Container => new TestPostgres(mode, await StartContainerAsync(new PostgreSqlBuilder("postgres:15-alpine").Build(), c => c.GetConnectionString())),
            _ => new TestPostgres(mode, (await (await _platform.Value).App.GetConnectionStringAsync(Postgres))!),
        };
        Write($"{Postgres}: PostgreSQL from {Describe(mode, Postgres)}, ready in {clock.Elapsed.TotalSeconds:0.0} s.");
        return postgres;
    }

    private async Task<TestEventBus> StartEventBusAsync()
    {
        var clock = Stopwatch.StartNew();
        var (mode, configured) = Choose(EventBus);
        var eventBus = mode switch
        {
            InfrastructureMode.Environment => new TestEventBus(mode, OnOwnVirtualHost(configured!)),
            InfrastructureMode.Container => new TestEventBus(mode, await StartContainerAsync(
                new RabbitMqBuilder("rabbitmq:3.13-alpine").WithUsername("guest").WithPassword("guest").Build(), c => c.GetConnectionString())),
            _ => new TestEventBus(await _platform.Value, (await (await _platform.Value).App.GetConnectionStringAsync(EventBus))!),
        };
        _stops.Push(eventBus.DisposeAsync);
        var proxy = mode == InfrastructureMode.AppHost ? "" : " through a TCP proxy (for StopBrokerAsync/StartBrokerAsync)";
        Write($"{EventBus}: RabbitMQ from {Describe(mode, EventBus)}{proxy}, virtual host {eventBus.VirtualHost}, ready in {clock.Elapsed.TotalSeconds:0.0} s.");
        return eventBus;
    }

    /// <summary>The broker from the environment on this test project's virtual host, when the shared test servers made one per project.</summary>
    private string OnOwnVirtualHost(string connectionString) =>
        _environment(VirtualHostPerTestProject) == "1"
            ? new UriBuilder(connectionString) { Path = "/" + _testProject.Value }.Uri.AbsoluteUri
            : connectionString;

    private async Task<TestCache> StartCacheAsync()
    {
        var clock = Stopwatch.StartNew();
        var (mode, configured) = Choose(Cache);
        var cache = mode switch
        {
            InfrastructureMode.Environment => new TestCache(mode, configured!),
            InfrastructureMode.Container => new TestCache(mode, await StartContainerAsync(new RedisBuilder("redis:7-alpine").Build(), c => c.GetConnectionString())),
            _ => new TestCache(mode, (await (await _platform.Value).App.GetConnectionStringAsync(Cache))!),
        };
        Write($"{Cache}: Redis from {Describe(mode, Cache)}, ready in {clock.Elapsed.TotalSeconds:0.0} s.");
        return cache;
    }

    private (InfrastructureMode Mode, string? Configured) Choose(string resource)
    {
        var configured = _environment($"ConnectionStrings__{resource}");
        var mode = InfrastructureModeSelector.Select(configured, () => _dockerEngineReachable.Value);
        _modes[resource] = mode;
        return (mode, configured);
    }

    private async Task<string> StartContainerAsync<TContainer>(TContainer container, Func<TContainer, string> connectionString)
        where TContainer : IContainer
    {
        _stops.Push(async () => await container.DisposeAsync());
        await container.StartAsync();
        return connectionString(container);
    }

    private async Task<LocalPlatform> StartPlatformAsync()
    {
        var clock = Stopwatch.StartNew();
        var platform = await LocalPlatform.StartAsync(infrastructureOnly: true, StartTimeout);
        _stops.Push(async () => await platform.DisposeAsync());
        Write($"The AppHost started PostgreSQL, RabbitMQ and Redis in {clock.Elapsed.TotalSeconds:0.0} s (data in {platform.DataDirectory}).");
        return platform;
    }

    private string Describe(InfrastructureMode mode, string resource) => mode switch
    {
        InfrastructureMode.Environment => $"ConnectionStrings__{resource}",
        InfrastructureMode.Container => "a Testcontainers container",
        _ => "the local install, started by the AppHost",
    };

    private void Write(string message)
    {
        _log.Enqueue(message);
        Console.WriteLine($"[Mentorship.Testing] {message}");
    }
}
