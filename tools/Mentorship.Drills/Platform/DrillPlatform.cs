using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Drills.Platform;

/// <summary>
/// The whole platform as the AppHost runs it (through Aspire.Hosting.Testing, throw-away data), and the
/// faults a drill inflicts on it: a resource's processes killed with SIGKILL, a server stopped; each is
/// started again through Aspire's resource commands and waited for until it serves.
/// </summary>
public sealed class DrillPlatform(LocalPlatform platform, bool ownsPlatform) : IAsyncDisposable
{
    private const string ProcessIdProperty = "executable.pid";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(12);
    private static readonly TimeSpan RestartTimeout = TimeSpan.FromMinutes(10);

    public Uri Gateway => platform.App.GetEndpoint(ResourceNames.Gateway, "http");

    /// <summary>Starts the whole platform, with data of its own that is deleted at the end.</summary>
    public static async Task<DrillPlatform> StartAsync(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        // The AppHost forwards every line each resource prints as its own log: the reports would drown in it.
        Environment.SetEnvironmentVariable("Logging__LogLevel__Mentorship.AppHost.Resources", "Warning");
        await output.WriteLineAsync("Starting the whole platform (the AppHost, throw-away data)...");
        var drill = new DrillPlatform(await LocalPlatform.StartAsync(infrastructureOnly: false, StartTimeout), ownsPlatform: true);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Platform up in {clock.Elapsed.TotalSeconds:0} s; gateway at {drill.Gateway}."));
        return drill;
    }

    public async Task<ServiceDatabase<TDbContext>> DatabaseAsync<TDbContext>(string name, Func<DbContextOptions<TDbContext>, TDbContext> create)
        where TDbContext : DbContext =>
        new(await platform.App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"{name} has no connection string."), create);

    /// <summary>What sits in the topology's "_error" and "_skipped" queues now (<see cref="MovedAside"/>).</summary>
    public async Task<IReadOnlyList<Ops.Errors.ErrorQueueSummary>> MovedAsideAsync(CancellationToken cancellationToken) =>
        await MovedAside.CountAsync(
            await platform.App.GetConnectionStringAsync(ResourceNames.EventBus, cancellationToken)
                ?? throw new InvalidOperationException($"{ResourceNames.EventBus} has no connection string."),
            cancellationToken);

    /// <summary>The process DCP started for the resource (for a project, the one under which the service runs).</summary>
    public int ProcessIdOf(string resource) =>
        RunningProcessOf(resource) ?? throw new InvalidOperationException($"{resource} has no running process.");

    /// <summary>The resource's process while it runs; null once it ended (a service that crashed).</summary>
    public int? RunningProcessOf(string resource) =>
        platform.App.ResourceNotifications.TryGetCurrentState(resource, out var current) && current.Snapshot.State?.Text == KnownResourceStates.Running
            ? ProcessIdOf(current.Snapshot)
            : null;

    /// <summary>
    /// SIGKILL to the resource's process and every process under it, as a crash or the kernel's OOM killer
    /// would do it: no shutdown, nothing flushed, messages in flight unacknowledged. Returns once Aspire
    /// sees the resource ended.
    /// </summary>
    public async Task KillAsync(string resource, CancellationToken cancellationToken)
    {
        using (var process = Process.GetProcessById(ProcessIdOf(resource)))
            process.Kill(entireProcessTree: true);
        await WaitUntilAsync(resource, Ended, cancellationToken);
    }

    /// <summary>Stops the resource with Aspire's stop command (as an operator would) and returns once it ended.</summary>
    public async Task StopAsync(string resource, CancellationToken cancellationToken)
    {
        await platform.StopResourceAsync(resource, cancellationToken);
        await WaitUntilAsync(resource, Ended, cancellationToken);
    }

    /// <summary>
    /// Stops the server as its own tools do, by a signal to its process (PostgreSQL: SIGINT, the fast
    /// shutdown of pg_ctl and systemd), and returns once it ended. Aspire's stop command sends SIGTERM,
    /// PostgreSQL's smart shutdown, which waits for every pooled connection to close: DCP then gave up.
    /// </summary>
    public async Task SignalAsync(string resource, string signal, CancellationToken cancellationToken)
    {
        using (var kill = Process.Start("kill", ["-" + signal, ProcessIdOf(resource).ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync(cancellationToken);
        await WaitUntilAsync(resource, Ended, cancellationToken);
    }

    /// <summary>
    /// A signal to the resource's process and every process under it. SIGSTOP freezes a server whole, as a
    /// network partition or a hung host looks to its clients (connections open, nothing answered); SIGCONT
    /// lets it go on. Neither ends the process, so Aspire does not start it again.
    /// </summary>
    public async Task SignalTreeAsync(string resource, string signal, CancellationToken cancellationToken)
    {
        var tree = ProcessTree.Of(ProcessIdOf(resource));
        using var kill = Process.Start("kill", ["-" + signal, .. tree.Select(pid => pid.ToString(CultureInfo.InvariantCulture))]);
        await kill.WaitForExitAsync(cancellationToken);
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{signal} to {resource}'s {tree.Count} processes failed with exit code {kill.ExitCode}.");
    }

    /// <summary>
    /// Starts the resource again with Aspire's start command and returns once it runs as a new process and
    /// serves: a project answers its /health with 200, a server passes its health check.
    /// </summary>
    public async Task StartAgainAsync(string resource, int previousProcessId, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RestartTimeout);
        await platform.StartResourceAsync(resource, deadline.Token);
        await WaitUntilAsync(resource, snapshot => snapshot.State?.Text == KnownResourceStates.Running
            && ProcessIdOf(snapshot) is { } pid && pid != previousProcessId, deadline.Token);
        if (platform.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().Any(r => r.Name == resource))
            await WaitUntilServesAsync(resource, deadline.Token);
        else
            await platform.WaitForHealthyAsync(resource, deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsPlatform)
            await platform.DisposeAsync();
    }

    private async Task WaitUntilServesAsync(string resource, CancellationToken cancellationToken)
    {
        using var http = platform.App.CreateHttpClient(resource, "http");
        http.Timeout = TimeSpan.FromSeconds(5);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private Task WaitUntilAsync(string resource, Func<CustomResourceSnapshot, bool> condition, CancellationToken cancellationToken) =>
        platform.App.ResourceNotifications.WaitForResourceAsync(resource, update => condition(update.Snapshot), cancellationToken);

    private static bool Ended(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state);

    private static int? ProcessIdOf(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == ProcessIdProperty)?.Value is { } value
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : null;
}
