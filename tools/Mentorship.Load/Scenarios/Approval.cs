using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Mentorship.Load.Platform;
using Mentorship.Load.Running;

namespace Mentorship.Load.Scenarios;

/// <summary>
/// Approvals through the gateway, and how long each takes to reach Matching's pool (ApplicationApproved
/// through Enrollment's outbox, RabbitMQ and Matching's consumer). Applications are submitted and
/// prepared first, unmeasured; the pool is watched by one client throughout.
/// </summary>
public static class Approval
{
    private static readonly TimeSpan PoolInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan PoolPatience = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(LoadSettings settings, int connections, TextWriter output, CancellationToken cancellationToken)
    {
        var cohort = await Cohort.CreateAsync(settings.Gateway, cancellationToken);
        using var gateway = new PlatformClient(settings.Gateway, cohort.CoordinatorToken, connections);
        using var watcher = new PlatformClient(settings.Gateway, cohort.CoordinatorToken, 1);
        var count = settings.Requests;
        await output.WriteLineAsync($"approval: programme {cohort.ProgrammeId} through {settings.Gateway}, {count} applications, {connections} connections");

        var prepared = new ConcurrentDictionary<int, Guid>();
        async Task PrepareAsync(int sequence, CancellationToken token)
        {
            var created = await cohort.SubmitAsync(gateway, sequence, token);
            await Cohort.PrepareAsync(gateway, created, token);
            prepared[sequence] = Cohort.IdOf(created);
        }

        await output.WriteLineAsync(Report.Header);
        await Report.WriteAsync(output, await LoadRun.RunAsync("submit and prepare (setup)", connections, count, settings.Duration, PrepareAsync, cancellationToken));

        var clock = Stopwatch.StartNew();
        var observations = new List<(double At, int Count)>();
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watching = WatchPoolAsync(watcher, cohort, prepared.Count, clock, observations, stopWatching.Token);

        var approvedAt = new ConcurrentBag<double>();
        async Task ApproveAsync(int sequence, CancellationToken token)
        {
            if (!prepared.TryGetValue(sequence, out var id))
                return;
            await Cohort.ApproveAsync(gateway, id, token);
            approvedAt.Add(clock.Elapsed.TotalMilliseconds);
        }

        var approvals = await LoadRun.RunAsync("approve", connections, count, settings.Duration, ApproveAsync, cancellationToken);
        await Report.WriteAsync(output, approvals);
        stopWatching.CancelAfter(PoolPatience);
        await watching;

        var latencies = EventLatencies.Match(approvedAt, observations).Order().ToList();
        var seen = observations.Count == 0 ? 0 : observations[^1].Count;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"event latency approve -> Matching pool: {latencies.Count} of {approvedAt.Count} seen; p50 {Percentiles.Of(latencies, 50):F0} ms, p95 {Percentiles.Of(latencies, 95):F0} ms, max {(latencies.Count == 0 ? double.NaN : latencies[^1]):F0} ms (pool polled every {PoolInterval.TotalMilliseconds:F0} ms plus its answer time)"));
        var met = seen == approvedAt.Count && Percentiles.Of(latencies, 95) <= 100 && approvals.Errors == 0;
        await output.WriteLineAsync($"check: {approvedAt.Count} approved, {seen} in Matching's pool; targets (p95 <= 100 ms, 0 lost): {Report.Verdict(met)}");
        return seen == approvedAt.Count ? 0 : 1;
    }

    /// <summary>Polls the pool until it holds every approved application or it is told to stop.</summary>
    private static async Task WatchPoolAsync(
        PlatformClient watcher, Cohort cohort, int expected, Stopwatch clock, List<(double At, int Count)> observations, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var pool = await watcher.GetJsonAsync($"/api/programmes/{cohort.ProgrammeId}/matching/pool", cancellationToken);
                var count = CountOf(pool);
                observations.Add((clock.Elapsed.TotalMilliseconds, count));
                if (count >= expected)
                    return;
                await Task.Delay(PoolInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Patience exhausted: what was seen is reported as seen.
        }
    }

    private static int CountOf(JsonElement pool) =>
        pool.ValueKind == JsonValueKind.Object ? pool.GetProperty("menteesWaiting").GetInt32() + pool.GetProperty("mentors").GetInt32() : 0;
}
