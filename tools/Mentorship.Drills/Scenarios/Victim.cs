using System.Diagnostics;
using Mentorship.Drills.Platform;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// A consuming service the drill kills once its progress (what it applied so far) reaches a threshold,
/// then starts again in the background; with the moments on the drill's clock.
/// </summary>
public sealed class Victim(string resource, Func<Task<int>> progress)
{
    public string Resource { get; } = resource;

    public TimeSpan? KilledAt { get; private set; }

    /// <summary>What it had applied when it died: committed before the kill.</summary>
    public int AppliedAtKill { get; private set; }

    public TimeSpan? ServesAgainAt { get; private set; }

    public TimeSpan? AllAppliedAt { get; private set; }

    /// <summary>Why it could not be started again (it did not serve in time), or null.</summary>
    public string? RestartFailure { get; private set; }

    /// <summary>Its start again, once killed.</summary>
    public Task Restart { get; private set; } = Task.CompletedTask;

    public Task<int> ProgressAsync() => progress();

    /// <summary>Kills it with SIGKILL, reads what it had applied, and starts it again without waiting.</summary>
    public async Task KillAsync(DrillPlatform platform, Stopwatch clock, CancellationToken cancellationToken)
    {
        var processId = platform.ProcessIdOf(Resource);
        await platform.KillAsync(Resource, cancellationToken);
        KilledAt = clock.Elapsed;
        AppliedAtKill = await progress();
        Restart = Task.Run(async () =>
        {
            try
            {
                await platform.StartAgainAsync(Resource, processId, cancellationToken);
                ServesAgainAt = clock.Elapsed;
            }
            catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or OperationCanceledException)
            {
                RestartFailure = exception.Message;
            }
        }, cancellationToken);
    }

    public void AllApplied(TimeSpan at) => AllAppliedAt ??= at;
}
