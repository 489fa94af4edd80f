using Aspire.Hosting.ApplicationModel;
using Mentorship.AppHost.LocalServers;
using Mentorship.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.AppHost.Tests.LocalServers;

/// <summary>
/// The start's updates played in the orders Aspire publishes them, without starting anything: a failed
/// set-up step is named as the cause and stops the AppHost whichever update shows its failure first.
/// </summary>
[Collection(nameof(ProcessExitCode))]
public sealed class StartupMonitorTests : IAsyncLifetime
{
    private readonly ExecutableResource _step = new("postgres-init", "/bin/sh", "/tmp");
    private readonly LocalServerResource _server = new("postgres", "/usr/bin/postgres", "/tmp", 5432, "Host=localhost");
    private readonly Lifetime _lifetime = new();
    private readonly RecordedLogs _logs = new(typeof(StartupMonitor).FullName!);
    private readonly ServiceProvider _services;
    private readonly ResourceNotificationService _notifications;
    private readonly CancellationTokenSource _stopWatching = new();
    private Task _watching = Task.CompletedTask;

    public StartupMonitorTests()
    {
        _server.Annotations.Add(new WaitAnnotation(_step, WaitType.WaitForCompletion));
        _server.Annotations.Add(new HealthCheckAnnotation("postgres-check"));
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<IHostApplicationLifetime>(_lifetime)
            .AddSingleton<ResourceLoggerService>()
            .AddSingleton<ResourceNotificationService>()
            .BuildServiceProvider();
        _notifications = _services.GetRequiredService<ResourceNotificationService>();
    }

    /// <summary>Every update a test plays reaches the monitor: it is watching before the first.</summary>
    public async Task InitializeAsync()
    {
        var monitor = new StartupMonitor(new DistributedApplicationModel([_step, _server]), _services);
        _watching = Task.Run(() => monitor.WatchAsync(_stopWatching.Token));
        await PublishAsync(_server, s => s with { State = KnownResourceStates.Waiting });
        await WaitUntilAsync(() => _logs.Lines.Any(line => line.EndsWith("postgres Waiting, health (null)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_step_that_ran_healthy_then_ended_before_its_exit_code_was_known_is_named_when_its_waiter_fails()
    {
        // The order a loaded CI machine saw: the step's end without its exit code, then the waiter's failure.
        await PublishAsync(_step, s => s with { State = KnownResourceStates.Running });
        await PublishAsync(_step, s => s with { State = KnownResourceStates.Finished });
        await PublishAsync(_server, s => s with { State = KnownResourceStates.FailedToStart });

        await AssertStoppedNamingAsync("postgres-init stopped before it served (it ended)");
    }

    [Fact]
    public async Task A_step_that_ran_healthy_then_failed_with_an_exit_code_is_named_from_its_own_update()
    {
        await PublishAsync(_step, s => s with { State = KnownResourceStates.Running });
        await PublishAsync(_step, s => s with { State = KnownResourceStates.Finished, ExitCode = 1 });

        await AssertStoppedNamingAsync("postgres-init stopped before it served (exit code 1)");
    }

    [Fact]
    public async Task A_step_that_succeeded_stops_nothing()
    {
        await PublishAsync(_step, s => s with { State = KnownResourceStates.Running });
        await PublishAsync(_step, s => s with { State = KnownResourceStates.Finished, ExitCode = 0 });
        await PublishAsync(_server, s => s with { State = KnownResourceStates.Running });

        // The monitor takes updates in order: once it saw the server's, it has judged the step's.
        await WaitUntilAsync(() => _logs.Lines.Any(line => line.Contains("postgres Running,", StringComparison.Ordinal)));
        Assert.False(_lifetime.Stopped);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("stopped before it served", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _stopWatching.CancelAsync();
        await _watching.ContinueWith(_ => { }, TaskScheduler.Default);
        await _services.DisposeAsync();
        _stopWatching.Dispose();
        Environment.ExitCode = 0;
    }

    private Task PublishAsync(IResource resource, Func<CustomResourceSnapshot, CustomResourceSnapshot> change) =>
        _notifications.PublishUpdateAsync(resource, change);

    private async Task AssertStoppedNamingAsync(string report)
    {
        await WaitUntilAsync(() => _lifetime.Stopped, () => $"{string.Join(Environment.NewLine, _logs.Lines)} {_watching.Exception}");
        Assert.Equal(1, Environment.ExitCode);
        Assert.Contains(_logs.Lines, line => line.StartsWith(report, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.StartsWith("postgres stopped", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string>? seen = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not reached within 10 s. {seen?.Invoke()}");
            await Task.Delay(20);
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _stopping = new();

        public bool Stopped => _stopping.IsCancellationRequested;

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();
    }
}

/// <summary>Tests that set the process's exit code run one at a time.</summary>
[CollectionDefinition(nameof(ProcessExitCode), DisableParallelization = true)]
public sealed class ProcessExitCode;
