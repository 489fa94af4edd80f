using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Mentorship.AppHost;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.Testing;

/// <summary>
/// The AppHost itself started through Aspire.Hosting.Testing: the whole platform, or its servers only
/// (PostgreSQL, RabbitMQ, Redis from the local installs), with throw-away data in a folder of its own
/// under /tmp/mentorship-testing. Every wait has a timeout, and a resource that never becomes healthy
/// fails the wait with its last log lines (a dead dependency leaves its dependents waiting forever).
/// </summary>
public sealed class LocalPlatform : IAsyncDisposable
{
    private readonly bool _ownsData;

    private LocalPlatform(DistributedApplication app, string dataDirectory, bool ownsData)
    {
        App = app;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
    }

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "mentorship-testing");

    public DistributedApplication App { get; }

    public string DataDirectory { get; }

    /// <summary>
    /// Starts the AppHost and waits until the servers (and the gateway, unless only the servers run) are
    /// healthy. Without a data folder it makes a throw-away one; a given one is kept (restart tests).
    /// RabbitMQ declares <paramref name="eventBusVirtualHosts"/> beside "/".
    /// </summary>
    public static async Task<LocalPlatform> StartAsync(
        bool infrastructureOnly, TimeSpan timeout, string? dataDirectory = null, bool reset = false, IReadOnlyList<string>? eventBusVirtualHosts = null)
    {
        CleanAbandoned();
        var data = dataDirectory ?? Path.Combine(Root, $"run-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
        string[] args =
        [
            $"--AppHost:DataDirectory={data}", $"--AppHost:Durable={dataDirectory is not null}", $"--AppHost:InfrastructureOnly={infrastructureOnly}",
            .. reset ? ["--reset"] : Array.Empty<string>(),
            .. (eventBusVirtualHosts ?? []).Select((host, index) => $"--AppHost:EventBusVirtualHosts:{index}={host}"),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(ServiceResources), args);
        if (!infrastructureOnly)
        {
            // A service on a loaded test machine can take over the gateway's default 2 s to answer its /health.
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(project => project.Name == Gateway))
                .WithEnvironment("SystemHealth__ProbeTimeout", "00:00:30");
        }

        var app = await builder.BuildAsync();
        var platform = new LocalPlatform(app, data, ownsData: dataDirectory is null);
        string[] healthy = infrastructureOnly ? [Postgres, EventBus, Cache] : [Gateway];
        try
        {
            using var deadline = new CancellationTokenSource(timeout);
            await app.StartAsync(deadline.Token);
            foreach (var name in healthy)
                await platform.WaitForHealthyAsync(name, deadline.Token);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the resource to be healthy; on timeout, throws with its state and last log lines.</summary>
    public async Task WaitForHealthyAsync(string resource, CancellationToken cancellationToken)
    {
        try
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{resource} did not become healthy in time. {await DescribeAsync(resource)}{Environment.NewLine}{Unhealthy()}");
        }
    }

    public Task StopResourceAsync(string resource, CancellationToken cancellationToken = default) =>
        ExecuteAsync(resource, "resource-stop", cancellationToken);

    public Task StartResourceAsync(string resource, CancellationToken cancellationToken = default) =>
        ExecuteAsync(resource, "resource-start", cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_ownsData)
            DeleteQuietly(DataDirectory);
    }

    private async Task ExecuteAsync(string resource, string command, CancellationToken cancellationToken)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command, cancellationToken);
        if (!result.Success)
            throw new InvalidOperationException($"{command} of {resource} failed: {result.Message}");
    }

    private async Task<string> DescribeAsync(string resource)
    {
        var state = App.ResourceNotifications.TryGetCurrentState(resource, out var current)
            ? $"State {current.Snapshot.State?.Text ?? "none"}, health {current.Snapshot.HealthStatus?.ToString() ?? "none"}: "
              + string.Join("; ", current.Snapshot.HealthReports.Select(r => $"{r.Name} {r.Status} {r.Description}"))
            : "No state.";
        var lines = new List<string>();
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            var logs = App.Services.GetService(typeof(ResourceLoggerService)) as ResourceLoggerService;
            if (logs is not null)
                await foreach (var batch in logs.GetAllAsync(resource).WithCancellation(quick.Token))
                    lines.AddRange(batch.Select(line => line.Content));
        }
        catch (OperationCanceledException)
        {
            lines.Add("(log read timed out)");
        }

        return $"{state}{Environment.NewLine}Last log lines:{Environment.NewLine}{string.Join(Environment.NewLine, lines.TakeLast(20))}";
    }

    /// <summary>
    /// Every other resource not (yet) healthy, with its state: a gateway whose /health stays unhealthy
    /// names only itself, while the cause is a service behind it.
    /// </summary>
    private string Unhealthy()
    {
        var model = (DistributedApplicationModel)App.Services.GetService(typeof(DistributedApplicationModel))!;
        var states = model.Resources
            .Select(resource => App.ResourceNotifications.TryGetCurrentState(resource.Name, out var current)
                ? (resource.Name, State: current.Snapshot.State?.Text ?? "none", Health: current.Snapshot.HealthStatus?.ToString() ?? "none")
                : (resource.Name, State: "unknown", Health: "none"))
            .Where(state => state.Health != "Healthy" && state.State is not ("Finished" or "NotStarted"))
            .Select(state => $"{state.Name} {state.State}, health {state.Health}");
        return $"Not healthy: {string.Join("; ", states)}.";
    }

    /// <summary>Folders of test processes that are gone (their servers died with them: DCP watches its parent).</summary>
    private static void CleanAbandoned()
    {
        if (!Directory.Exists(Root))
            return;
        foreach (var folder in Directory.EnumerateDirectories(Root, "run-*"))
        {
            if (int.TryParse(Path.GetFileName(folder).Split('-')[1], out var pid) && !ProcessIds.IsAlive(pid))
                DeleteQuietly(folder);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still being written by a stopping server: the next run's clean-up gets it.
        }
    }
}
