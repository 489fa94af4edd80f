using System.Collections.Concurrent;
using System.Globalization;
using Mentorship.Load.Platform;
using Mentorship.Load.Running;

namespace Mentorship.Load.Scenarios;

/// <summary>
/// Application submissions through the gateway at each concurrency in turn, into one fresh programme;
/// then every acknowledged application (201) must be in Enrollment's list of the programme, once.
/// </summary>
public static class Intake
{
    public static async Task<int> RunAsync(LoadSettings settings, IReadOnlyList<int> connectionLevels, TextWriter output, CancellationToken cancellationToken)
    {
        var cohort = await Cohort.CreateAsync(settings.Gateway, cancellationToken);
        using var gateway = new PlatformClient(settings.Gateway, cohort.CoordinatorToken, connectionLevels.Max());
        var acknowledged = new ConcurrentBag<Guid>();

        async Task SubmitAsync(int sequence, CancellationToken token) =>
            acknowledged.Add(Cohort.IdOf(await cohort.SubmitAsync(gateway, sequence, token)));

        await output.WriteLineAsync($"intake: programme {cohort.ProgrammeId} through {settings.Gateway}, {settings.Requests} submissions or {settings.Duration.TotalSeconds:F0} s per level");
        await LoadRun.RunAsync("warm-up", connectionLevels[0], settings.Warmup, settings.Duration, SubmitAsync, cancellationToken);
        await output.WriteLineAsync(Report.Header);
        var met = true;
        foreach (var connections in connectionLevels)
        {
            var result = await LoadRun.RunAsync($"submit application", connections, settings.Requests, settings.Duration, SubmitAsync, cancellationToken);
            await Report.WriteAsync(output, result);
            met &= result.Throughput >= 1000 && result.P99 <= 100 && result.Errors == 0;
        }

        var stored = await cohort.StoredApplicationsAsync(gateway, cancellationToken);
        var check = Reconciliation.Of([.. acknowledged], stored);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"check: {check.Acknowledged} acknowledged, {check.Found} listed by Enrollment, {check.Lost.Count} lost, {check.Duplicated.Count} duplicated, {check.Unacknowledged} stored but cut off before their answer"));
        foreach (var id in check.Lost.Take(5))
            await output.WriteLineAsync($"    lost: {id}");
        met &= check.NothingLost;
        await output.WriteLineAsync($"targets (>= 1000 req/s, p99 <= 100 ms, 0 errors, 0 lost): {Report.Verdict(met)}");
        return check.NothingLost ? 0 : 1;
    }
}
