using System.Globalization;

namespace Mentorship.Load.Running;

/// <summary>The printed figures: one line per run, comparisons and verdicts against the targets of tracker issue 12.</summary>
public static class Report
{
    public static string Header =>
        $"{"run",-34} {"conn",5} {"ok",8} {"errors",7} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}";

    public static string Line(LoadResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Name,-34} {result.Connections,5} {result.Succeeded,8} {result.Errors,7} {result.Throughput,9:F0} {result.P50,8:F2} {result.P95,8:F2} {result.P99,8:F2} {result.Max,8:F1}");

    /// <summary>What the gateway adds on one route: latency at the median and the share of direct throughput kept.</summary>
    /// <summary>
    /// What the gateway adds: its latency from the one-connection runs (a request's own cost, no queue in
    /// front of the cores) and its throughput from the loaded runs. At saturation the p50 difference is
    /// mostly queueing (connections / throughput), so it is printed beside, not judged.
    /// </summary>
    public static string Overhead(string route, LoadResult directAlone, LoadResult gatewayAlone, LoadResult directLoaded, LoadResult gatewayLoaded) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{route}: gateway adds {AddedLatency(directAlone, gatewayAlone):F2} ms at p50 one request at a time (target <= 1 ms), {AddedLatency(directLoaded, gatewayLoaded):F2} ms at p50 under load, and keeps {Ratio(directLoaded, gatewayLoaded):P0} of direct throughput (target >= 70 %)");

    public static double AddedLatency(LoadResult direct, LoadResult gateway) => gateway.P50 - direct.P50;

    public static double Ratio(LoadResult direct, LoadResult gateway) => direct.Throughput > 0 ? gateway.Throughput / direct.Throughput : 0;

    public static string Verdict(bool met) => met ? "met" : "NOT met";

    public static async Task WriteAsync(TextWriter output, LoadResult result)
    {
        await output.WriteLineAsync(Line(result));
        foreach (var sample in result.ErrorSamples)
            await output.WriteLineAsync($"    error: {sample}");
    }
}
