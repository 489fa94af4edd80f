using Mentorship.Load.Platform;
using Mentorship.Load.Running;

namespace Mentorship.Load.Scenarios;

/// <summary>
/// The same two Enrollment routes, directly and through the gateway, at the same concurrency: a cheap
/// authenticated GET (the programme templates, no database) and one that reads the database (a
/// programme). The difference is what the gateway costs: one request at a time for its latency, then
/// at the given concurrency for its throughput.
/// </summary>
public static class GatewayOverhead
{
    public static async Task<int> RunAsync(LoadSettings settings, Uri enrollment, int connections, TextWriter output, CancellationToken cancellationToken)
    {
        var cohort = await Cohort.CreateAsync(settings.Gateway, cancellationToken);
        using var direct = new PlatformClient(enrollment, cohort.CoordinatorToken, connections);
        using var gateway = new PlatformClient(settings.Gateway, cohort.CoordinatorToken, connections);
        var routes = new[] { ("cheap GET", "/api/programme-templates"), ("database GET", $"/api/programmes/{cohort.ProgrammeId}") };

        await output.WriteLineAsync($"gateway-overhead: direct {enrollment} vs gateway {settings.Gateway}, 1 then {connections} connections, {settings.Requests} requests or {settings.Duration.TotalSeconds:F0} s per run");
        await output.WriteLineAsync(Report.Header);
        var met = true;
        var summaries = new List<string>();
        foreach (var (name, path) in routes)
        {
            var directAlone = await MeasureAsync($"{name} direct", direct, path, settings, 1, output, cancellationToken);
            var gatewayAlone = await MeasureAsync($"{name} gateway", gateway, path, settings, 1, output, cancellationToken);
            var directLoaded = await MeasureAsync($"{name} direct", direct, path, settings, connections, output, cancellationToken);
            var gatewayLoaded = await MeasureAsync($"{name} gateway", gateway, path, settings, connections, output, cancellationToken);
            summaries.Add(Report.Overhead(name, directAlone, gatewayAlone, directLoaded, gatewayLoaded));
            met &= Report.AddedLatency(directAlone, gatewayAlone) <= 1
                && Report.Ratio(directLoaded, gatewayLoaded) >= 0.7
                && new[] { directAlone, gatewayAlone, directLoaded, gatewayLoaded }.All(r => r.Errors == 0);
        }

        foreach (var summary in summaries)
            await output.WriteLineAsync(summary);
        await output.WriteLineAsync($"targets: {Report.Verdict(met)}");
        return 0;
    }

    private static async Task<LoadResult> MeasureAsync(
        string name, PlatformClient client, string path, LoadSettings settings, int connections, TextWriter output, CancellationToken cancellationToken)
    {
        await LoadRun.RunAsync("warm-up", connections, settings.Warmup, settings.Duration, (_, token) => client.GetAsync(path, token), cancellationToken);
        var result = await LoadRun.RunAsync(name, connections, settings.Requests, settings.Duration, (_, token) => client.GetAsync(path, token), cancellationToken);
        await Report.WriteAsync(output, result);
        return result;
    }
}
