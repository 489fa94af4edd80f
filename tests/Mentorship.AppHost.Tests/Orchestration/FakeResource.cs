using System.Collections.Concurrent;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Tests.Orchestration;

/// <summary>A resource whose launch, health and exit the test decides; it records what happens to it.</summary>
public sealed class FakeResource : Resource
{
    private readonly ConcurrentQueue<string> _events;

    public FakeResource(string name, ConcurrentQueue<string> events, params Resource[] waitsFor)
        : base(name, "Fake", waitsFor)
    {
        _events = events;
    }

    /// <summary>A job: ready when Finished, finishing with <see cref="JobExitCode"/> as soon as it is launched.</summary>
    public bool IsJob { get; init; }

    public int JobExitCode { get; init; }

    public Exception? LaunchFailure { get; init; }

    public bool Healthy { get; set; } = true;

    /// <summary>The exit of the current launch's process: completing it for a running resource is a crash.</summary>
    public TaskCompletionSource<int> Exit { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the resources it waits for looked like when it was launched.</summary>
    public IReadOnlyList<(string Name, bool Ready)> DependenciesAtLaunch { get; private set; } = [];

    public override bool RunsToCompletion => IsJob;

    protected override Task<Task<int>?> LaunchAsync(CancellationToken cancellationToken)
    {
        DependenciesAtLaunch = [.. WaitsFor.Select(d => (d.Name, d.IsReady))];
        _events.Enqueue($"launch {Name}");
        if (LaunchFailure is not null)
            throw LaunchFailure;
        Exit = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (IsJob)
            Exit.TrySetResult(JobExitCode);
        return Task.FromResult<Task<int>?>(Exit.Task);
    }

    protected override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult(Healthy);

    protected override Task StopAsync(CancellationToken cancellationToken)
    {
        _events.Enqueue($"stop {Name}");
        Exit.TrySetResult(0);
        return Task.CompletedTask;
    }
}
