using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Mentorship.AppHost.LocalServers;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.AppHost;

/// <summary>
/// Tells the console what the dashboard shows: when everything is healthy, with the gateway's address
/// and the mail inbox's; a resource that ends before it served, with the last log lines of the cause
/// (the dependency that failed first) and a hint. Nothing can start without the servers, so a server
/// or its set-up step failing stops the AppHost with exit code 1. It watches from before the first
/// resource starts.
/// </summary>
public sealed class StartupMonitor(DistributedApplicationModel model, IServiceProvider services)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(30);

    private readonly ResourceNotificationService _notifications = services.GetRequiredService<ResourceNotificationService>();
    private readonly IHostApplicationLifetime _lifetime = services.GetRequiredService<IHostApplicationLifetime>();
    private readonly ILogger _logger = services.GetRequiredService<ILogger<StartupMonitor>>();

    public static void Attach(IDistributedApplicationBuilder builder) =>
        builder.Eventing.Subscribe<BeforeStartEvent>((start, cancellationToken) =>
        {
            var monitor = new StartupMonitor(start.Model, start.Services);
            _ = Task.Run(() => monitor.WatchAsync(monitor._lifetime.ApplicationStopping), CancellationToken.None);
            return Task.CompletedTask;
        });

    /// <summary>Watches until <paramref name="stopping"/>; public for the tests that play a start's updates.</summary>
    public async Task WatchAsync(CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        var waiting = model.Resources.Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any()).Select(r => r.Name).ToHashSet();
        var served = new HashSet<string>();
        var reported = new HashSet<string>();
        _ = Task.Run(() => TellWhatIsAwaitedAsync(waiting, clock, stopping), CancellationToken.None);
        await foreach (var update in _notifications.WatchAsync(stopping))
        {
            var resource = update.Resource;
            _logger.LogDebug("{Seconds:0.0} s: {Resource} {State}, health {Health}", clock.Elapsed.TotalSeconds, resource.Name, update.Snapshot.State?.Text, update.Snapshot.HealthStatus);
            // Only what is awaited can have served: a set-up step reports healthy while it runs, then fails.
            bool everythingUp;
            lock (waiting)
                everythingUp = update.Snapshot.HealthStatus == HealthStatus.Healthy && waiting.Contains(resource.Name) && served.Add(resource.Name)
                    && waiting.Remove(resource.Name) && waiting.Count == 0;
            if (everythingUp)
                _logger.LogInformation("Everything is up in {Seconds:0.0} s. {Gateway}", clock.Elapsed.TotalSeconds, GatewayLine());

            if (!Failed(update.Snapshot) || served.Contains(resource.Name) || stopping.IsCancellationRequested)
                continue;
            var cause = RootCause(resource);
            if (reported.Add(cause.Name))
                await ReportAsync(cause, stopping);
            if (cause is LocalServerResource || model.Resources.OfType<LocalServerResource>().Any(s => cause.Name.StartsWith(s.Name + "-", StringComparison.Ordinal)))
            {
                Environment.ExitCode = 1;
                _lifetime.StopApplication();
            }
        }
    }

    /// <summary>
    /// Every <see cref="ProgressEvery"/> until everything is up, which resources are still awaited and in
    /// what state: a start that takes minutes on a busy machine says where it is, rather than nothing.
    /// </summary>
    private async Task TellWhatIsAwaitedAsync(HashSet<string> waiting, Stopwatch clock, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(ProgressEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                string[] awaited;
                lock (waiting)
                    awaited = [.. waiting.Order(StringComparer.Ordinal)];
                if (awaited.Length == 0)
                    return;
                _logger.LogInformation("Still starting after {Seconds:0} s: {Resources}", clock.Elapsed.TotalSeconds, string.Join(", ", awaited.Select(Describe)));
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping: nothing more to tell.
        }
    }

    private string Describe(string resource) =>
        _notifications.TryGetCurrentState(resource, out var state)
            ? $"{resource} ({state.Snapshot.State?.Text ?? "not started"}, health {state.Snapshot.HealthStatus?.ToString() ?? "unknown"})"
            : $"{resource} (not started)";

    private static bool Failed(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.FailedToStart
        || (Ended(snapshot) && snapshot.ExitCode is not null and not 0);

    private static bool Ended(CustomResourceSnapshot snapshot) => snapshot.State?.Text is "Exited" or "Finished";

    /// <summary>
    /// A resource that could not start because what it waited for failed: that one is the cause. A step
    /// that ended without its exit code yet counts, as it does for Aspire's wait: the waiting resource
    /// can fail before the step's exit code is published.
    /// </summary>
    private IResource RootCause(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>()
            .Where(wait => _notifications.TryGetCurrentState(wait.Resource.Name, out var dependency)
                && (Failed(dependency.Snapshot) || (Ended(dependency.Snapshot) && dependency.Snapshot.ExitCode is null)))
            .Select(wait => RootCause(wait.Resource))
            .FirstOrDefault() ?? resource;

    private string GatewayLine() =>
        model.Resources.OfType<ProjectResource>().FirstOrDefault(p => p.Name == ResourceNames.Gateway) is { } gateway
            ? $"The gateway is at {gateway.GetEndpoint("http").Url}{InboxLine()}"
            : "Servers only (no projects in this run).";

    /// <summary>Where a newcomer reads every mail the platform sent (smtp4dev's web inbox).</summary>
    private string InboxLine() =>
        model.Resources.OfType<LocalServerResource>().FirstOrDefault(r => r.Name == ResourceNames.Mail) is { } mail
            ? $". Mail inbox: {mail.GetEndpoint("http").Url}"
            : "";

    private async Task ReportAsync(IResource resource, CancellationToken cancellationToken)
    {
        var all = new List<string>();
        try
        {
            await foreach (var batch in services.GetRequiredService<ResourceLoggerService>().GetAllAsync(resource).WithCancellation(cancellationToken))
                all.AddRange(batch.Select(line => line.Content));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The failure is still told and still stops the AppHost; only its lines are missing.
            all.Add($"(its log could not be read: {e.Message})");
        }

        // A crash's message heads a long stack trace: show it rather than the trace's last frames.
        var crash = all.FindLastIndex(line => line.Contains("Unhandled exception.", StringComparison.Ordinal));
        var lines = crash >= 0 ? all.Skip(crash).Take(8) : all.TakeLast(15);
        var snapshot = _notifications.TryGetCurrentState(resource.Name, out var state) ? state.Snapshot : null;
        var how = snapshot switch
        {
            { ExitCode: { } exitCode } => $"exit code {exitCode}",
            { } ended when Ended(ended) => "it ended",
            _ => "it did not start",
        };
        _logger.LogError(
            "{Resource} stopped before it served ({How}). Its last lines:{NewLine}{Lines}{NewLine}Hint: a port in use or a damaged data " +
            "folder shows above; `dotnet run --project AppHost -- --reset` starts from empty data; a missing server: {Install}.",
            resource.Name, how, Environment.NewLine,
            string.Join(Environment.NewLine, lines.Select(l => "  | " + l)), Environment.NewLine, Installations.Hint);
    }
}
