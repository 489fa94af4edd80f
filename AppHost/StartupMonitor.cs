using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Mentorship.AppHost.LocalServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.AppHost;

/// <summary>
/// Tells the console what the dashboard shows: when everything is healthy, and the gateway's address;
/// a resource that ends before it ever served, with the last log lines of what caused it (the
/// dependency that failed first) and a hint. Nothing can start without the servers, so a server or
/// its set-up step failing stops the AppHost with exit code 1.
/// </summary>
public sealed class StartupMonitor(
    DistributedApplicationModel model, ResourceNotificationService notifications, ResourceLoggerService logs,
    IHostApplicationLifetime lifetime, ILogger<StartupMonitor> logger)
{
    private const int LastLines = 15;
    private readonly HashSet<string> _reported = [];

    /// <summary>Watches from before the first resource starts (the host's start waits on the resources).</summary>
    public static void Attach(IDistributedApplicationBuilder builder) =>
        builder.Eventing.Subscribe<BeforeStartEvent>((start, cancellationToken) =>
        {
            var services = start.Services;
            var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
            var monitor = new StartupMonitor(start.Model, services.GetRequiredService<ResourceNotificationService>(),
                services.GetRequiredService<ResourceLoggerService>(), lifetime, services.GetRequiredService<ILogger<StartupMonitor>>());
            _ = Task.Run(() => monitor.WatchAsync(lifetime.ApplicationStopping), CancellationToken.None);
            return Task.CompletedTask;
        });

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var waiting = model.Resources.Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any()).Select(r => r.Name).ToHashSet();
        var served = new HashSet<string>();
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            var resource = update.Resource;
            logger.LogDebug("{Seconds:0.0} s: {Resource} {State}, health {Health}", clock.Elapsed.TotalSeconds, resource.Name, update.Snapshot.State?.Text, update.Snapshot.HealthStatus);
            if (update.Snapshot.HealthStatus == HealthStatus.Healthy && served.Add(resource.Name) && waiting.Remove(resource.Name) && waiting.Count == 0)
                logger.LogInformation("Everything is up in {Seconds:0.0} s. {Gateway}", clock.Elapsed.TotalSeconds, GatewayLine());

            if (!Failed(update.Snapshot) || served.Contains(resource.Name) || lifetime.ApplicationStopping.IsCancellationRequested)
                continue;

            var cause = RootCause(resource);
            if (_reported.Add(cause.Name))
                await ReportAsync(cause, stoppingToken);
            if (IsServerOrSetup(cause))
            {
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        }
    }

    private static bool Failed(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.FailedToStart
        || (snapshot.State?.Text is "Exited" or "Finished" && snapshot.ExitCode is not null and not 0);

    /// <summary>A resource that could not start because what it waited for failed: that one is the cause.</summary>
    private IResource RootCause(IResource resource)
    {
        foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
        {
            if (notifications.TryGetCurrentState(wait.Resource.Name, out var dependency) && Failed(dependency.Snapshot))
                return RootCause(wait.Resource);
        }

        return resource;
    }

    private bool IsServerOrSetup(IResource resource) =>
        resource is LocalServerResource || model.Resources.OfType<LocalServerResource>().Any(server => resource.Name.StartsWith(server.Name + "-", StringComparison.Ordinal));

    private string GatewayLine() =>
        model.Resources.OfType<ProjectResource>().FirstOrDefault(p => p.Name == "gateway") is { } gateway
            ? $"The gateway is at {gateway.GetEndpoint("http").Url}"
            : "Servers only (no projects in this run).";

    private async Task ReportAsync(IResource resource, CancellationToken cancellationToken)
    {
        var lines = new Queue<string>();
        await foreach (var batch in logs.GetAllAsync(resource).WithCancellation(cancellationToken))
        {
            foreach (var line in batch)
            {
                lines.Enqueue(line.Content);
                if (lines.Count > LastLines)
                    lines.Dequeue();
            }
        }

        var exitCode = notifications.TryGetCurrentState(resource.Name, out var state) ? state.Snapshot.ExitCode : null;
        logger.LogError(
            "{Resource} stopped before it served ({How}). Its last lines:{NewLine}{Lines}{NewLine}" +
            "Hint: a port in use or a damaged data folder shows above; `dotnet run --project AppHost -- --reset` starts from empty data; " +
            "a missing server: {Install}.",
            resource.Name, exitCode is null ? "it did not start" : $"exit code {exitCode}", Environment.NewLine,
            string.Join(Environment.NewLine, lines.Select(l => "  | " + l)), Environment.NewLine, Installations.Hint);
    }
}
