using System.Diagnostics;
using Mentorship.AppHost.Dashboard;
using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;
using Mentorship.AppHost.Reporting;
using Mentorship.AppHost.Resources;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Hosting;

/// <summary>
/// The whole platform running locally, as `dotnet run --project AppHost` starts it: servers from local
/// installs, databases, migrations, the services and the gateway, with the ops page. End-to-end tests
/// start it the same way (with a temporary data folder and free ports).
/// </summary>
public sealed class DistributedSystem : IAsyncDisposable
{
    private readonly ResourceOrchestrator _orchestrator;
    private readonly ProcessRegistry _registry;
    private readonly ConsoleReporter? _reporter;
    private readonly SemaphoreSlim _stopping = new(1, 1);
    private OpsPage? _opsPage;
    private bool _stopped;

    private DistributedSystem(ResourceOrchestrator orchestrator, ProcessRegistry registry, ConsoleReporter? reporter, ResourceLog log, DataFolder data)
    {
        _orchestrator = orchestrator;
        _registry = registry;
        _reporter = reporter;
        Log = log;
        DataDirectory = data.Root;
        AppDomain.CurrentDomain.ProcessExit += SignalStopOnProcessExit;
    }

    public IReadOnlyList<Resource> Resources => _orchestrator.Resources;

    /// <summary>The AppHost's own messages (state changes are on each resource).</summary>
    public ResourceLog Log { get; }

    public string DataDirectory { get; }

    /// <summary>The gateway's address; null while the gateway project does not exist.</summary>
    public Uri? GatewayUrl => Resources.FirstOrDefault(r => r.Name == Gateway)?.Url;

    public Uri OpsUrl => _opsPage?.Url ?? throw new InvalidOperationException("The ops page is not running.");

    /// <summary>From the call to <see cref="StartAsync"/> until every resource was ready.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>
    /// Starts everything and returns once every resource is ready (Running and Healthy, or Finished).
    /// On failure everything started is stopped and <see cref="ResourceStartException"/> names what did
    /// not come up and what blocked it. Cancelling stops what was started and throws.
    /// </summary>
    public static async Task<DistributedSystem> StartAsync(DistributedSystemOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var layout = RepositoryLayout.Locate(options.RepositoryRoot);
        var data = new DataFolder(options.DataDirectory ?? Path.Combine(layout.Root, ".data"));
        var reporter = options.Output is null ? null : new ConsoleReporter(options.Output, options.UseColors);
        var log = new ResourceLog();
        void Log(string message)
        {
            log.Add(message, isError: false);
            reporter?.WriteAppHostLine(message);
        }

        if (options.Reset)
        {
            ProcessRegistry.Claim(data.ProcessesFile, Log).Release();
            data.Reset();
            Log($"Reset: deleted the data in {data.Root}.");
        }

        var registry = ProcessRegistry.Claim(data.ProcessesFile, Log);
        Log($"Data folder: {data.Root} ({layout.Configuration} build of {layout.Root})");
        var parameters = Parameters.LoadOrCreate(data.ParametersFile, [Parameters.PasswordOf(Postgres), Parameters.PasswordOf(Cache), Parameters.PasswordOf(EventBus)]);
        var resources = ResourceGraph.Build(layout, data, parameters, registry, options, Log);
        var orchestrator = new ResourceOrchestrator(resources, new OrchestratorOptions { WaitTimeout = options.WaitTimeout }, Log);
        reporter?.Attach(resources);

        var system = new DistributedSystem(orchestrator, registry, reporter, log, data);
        try
        {
            system._opsPage = await OpsPage.StartAsync(options.OpsPort, resources, log, cancellationToken);
            Log($"Ops page: {Origin(system.OpsUrl)}");
            await orchestrator.StartAsync(cancellationToken);
        }
        catch (Exception e)
        {
            reporter?.WriteBlock(Environment.NewLine + ResourceTable.Render(resources.Select(r => r.ToSnapshot())) + Environment.NewLine);
            Log(e is OperationCanceledException ? "Start-up cancelled: stopping." : "Start-up failed: stopping.");
            await system.StopAsync(CancellationToken.None);
            throw;
        }

        system.StartupTime = clock.Elapsed;
        system.PrintSummary();
        return system;
    }

    public Resource GetResource(string name) =>
        Resources.FirstOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException($"There is no resource '{name}'.");

    /// <summary>The connection string a project referencing the resource is given (postgres, a database, cache, eventbus).</summary>
    public string GetConnectionString(string name) => GetResource(name) is IResourceWithConnectionString resource
        ? resource.ConnectionString
        : throw new InvalidOperationException($"{name} has no connection string.");

    /// <summary>The resource's address (http://localhost:port for a project, tcp://localhost:port for a server).</summary>
    public Uri GetUrl(string name) => GetResource(name).Url ?? throw new InvalidOperationException($"{name} has no URL.");

    /// <summary>Stops one resource, leaving its dependents running (to test how they cope).</summary>
    public Task StopResourceAsync(string name, CancellationToken cancellationToken = default) =>
        _orchestrator.StopResourceAsync(GetResource(name), cancellationToken);

    /// <summary>Starts a stopped resource again and waits until it is ready.</summary>
    public Task StartResourceAsync(string name, CancellationToken cancellationToken = default) =>
        _orchestrator.StartResourceAsync(GetResource(name), cancellationToken);

    /// <summary>Stops every resource in reverse start order, then the ops page. Cancelling kills instead of waiting.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopping.WaitAsync(CancellationToken.None);
        try
        {
            if (_stopped)
                return;

            var clock = Stopwatch.StartNew();
            await _orchestrator.StopAsync(cancellationToken);
            if (_opsPage is not null)
                await _opsPage.DisposeAsync();
            _registry.Release();
            _stopped = true;
            AppDomain.CurrentDomain.ProcessExit -= SignalStopOnProcessExit;
            WriteLine($"Stopped in {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        finally
        {
            _stopping.Release();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void PrintSummary()
    {
        var gateway = GatewayUrl is { } url ? $"Gateway:  {Origin(url)}" : "Gateway:  not running (gateway/Mentorship.Gateway.csproj does not exist yet)";
        _reporter?.WriteBlock(string.Join(Environment.NewLine,
            "",
            ResourceTable.Render(Resources.Select(r => r.ToSnapshot())),
            gateway,
            $"Ops page: {Origin(OpsUrl)}",
            $"Started in {StartupTime.TotalSeconds:0.0} s. Ctrl+C stops everything.",
            ""));
    }

    private static string Origin(Uri url) => url.GetLeftPart(UriPartial.Authority);

    private void WriteLine(string message)
    {
        Log.Add(message, isError: false);
        _reporter?.WriteAppHostLine(message);
    }

    /// <summary>
    /// The last resort when the process ends without StopAsync (a test host is killed 100 ms after its
    /// run): every child is sent its stop signal and shuts down by itself; the next start on the same
    /// data folder ends anything that did not.
    /// </summary>
    private void SignalStopOnProcessExit(object? sender, EventArgs e)
    {
        if (!_stopped)
            _orchestrator.SignalStopAll();
    }
}
