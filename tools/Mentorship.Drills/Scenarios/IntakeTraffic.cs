using System.Collections.Concurrent;
using Mentorship.Load.Platform;
using Mentorship.Load.Running;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// Applications submitted, prepared and approved through the gateway into a fresh programme, by a few
/// workers one after the other, until stopped: the acknowledged submissions (201) and approvals (200),
/// and every request's outcome on the log's clock. After a failure a worker pauses, as a client backs off.
/// </summary>
public sealed class IntakeTraffic : IDisposable
{
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromMilliseconds(100);
    private readonly Cohort _cohort;
    private readonly PlatformClient _client;
    private readonly CancellationTokenSource _stop = new();
    private Task<LoadResult>? _run;

    private IntakeTraffic(Cohort cohort, PlatformClient client, CallLog calls)
    {
        _cohort = cohort;
        _client = client;
        Calls = calls;
    }

    public Guid ProgrammeId => _cohort.ProgrammeId;

    public ConcurrentBag<Guid> Submitted { get; } = [];

    public ConcurrentBag<Guid> Approved { get; } = [];

    public CallLog Calls { get; }

    public static async Task<IntakeTraffic> StartAsync(Uri gateway, int connections, CancellationToken cancellationToken)
    {
        var cohort = await Cohort.CreateAsync(gateway, cancellationToken);
        var calls = new CallLog();
        var traffic = new IntakeTraffic(cohort, new PlatformClient(gateway, cohort.CoordinatorToken, connections, calls), calls);
        traffic._run = LoadRun.RunAsync("submit, prepare, approve", connections, int.MaxValue / 1024, TimeSpan.FromDays(1), traffic.ApplyAsync, traffic._stop.Token);
        return traffic;
    }

    /// <summary>Stops the workers (what they had in flight is not counted as failed) and returns the run's figures.</summary>
    public async Task<LoadResult> StopAsync()
    {
        Calls.Close();
        await _stop.CancelAsync();
        return await _run!;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _client.Dispose();
    }

    private async Task ApplyAsync(int sequence, CancellationToken cancellationToken)
    {
        try
        {
            var created = await _cohort.SubmitAsync(_client, sequence, cancellationToken);
            var id = Cohort.IdOf(created);
            Submitted.Add(id);
            await Cohort.PrepareAsync(_client, created, cancellationToken);
            await Cohort.ApproveAsync(_client, id, cancellationToken);
            Approved.Add(id);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(PauseAfterFailure, cancellationToken);
            throw;
        }
    }
}
