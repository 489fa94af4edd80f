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

    /// <summary>With the databases to read the latency from, the pool is only watched for the final count.</summary>
    private static readonly TimeSpan CountingInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PoolPatience = TimeSpan.FromSeconds(60);

    /// <param name="postgres">The platform's PostgreSQL server; when given, the latency comes from the services' own records.</param>
    public static async Task<int> RunAsync(LoadSettings settings, int connections, string? postgres, TextWriter output, CancellationToken cancellationToken)
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
        var interval = postgres is null ? PoolInterval : CountingInterval;
        var watching = WatchPoolAsync(watcher, cohort, prepared.Count, interval, clock, observations, stopWatching.Token);

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
        var p95 = Percentiles.Of(latencies, 95);
        if (postgres is null)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"event latency approve -> Matching pool: {latencies.Count} of {approvedAt.Count} seen; p50 {Percentiles.Of(latencies, 50):F0} ms, p95 {p95:F0} ms, max {Max(latencies):F0} ms (pool polled every {interval.TotalMilliseconds:F0} ms plus its answer time)"));
        }
        else
        {
            var events = EventTimingSummary.Of(await EventRecords.ApprovedAsync(postgres, cohort.ProgrammeId, cancellationToken));
            p95 = Percentiles.Of(events.TotalMs, 95);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"event latency Enrollment's outbox -> Matching's inbox (the services' records): {events.Applied} of {events.Stored} applied; p50 {Percentiles.Of(events.TotalMs, 50):F1} ms, p95 {p95:F1} ms, max {Max(events.TotalMs):F1} ms"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  of which in the outbox: p50 {Percentiles.Of(events.OutboxMs, 50):F1} ms, p95 {Percentiles.Of(events.OutboxMs, 95):F1} ms; broker and consumer: p50 {Percentiles.Of(events.BrokerAndConsumerMs, 50):F1} ms, p95 {Percentiles.Of(events.BrokerAndConsumerMs, 95):F1} ms"));
        }

        var met = seen == approvedAt.Count && p95 <= 100 && approvals.Errors == 0;
        await output.WriteLineAsync($"check: {approvedAt.Count} approved, {seen} in Matching's pool; targets (p95 <= 100 ms, 0 lost): {Report.Verdict(met)}");
        return seen == approvedAt.Count ? 0 : 1;
    }

    private static double Max(IReadOnlyList<double> sorted) => sorted.Count == 0 ? double.NaN : sorted[^1];

    /// <summary>Polls the pool until it holds every approved application or it is told to stop.</summary>
    private static async Task WatchPoolAsync(
        PlatformClient watcher, Cohort cohort, int expected, TimeSpan interval, Stopwatch clock, List<(double At, int Count)> observations, CancellationToken cancellationToken)
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
                await Task.Delay(interval, cancellationToken);
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
