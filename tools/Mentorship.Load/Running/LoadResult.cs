namespace Mentorship.Load.Running;

/// <summary>What one measured run did: requests answered as expected, errors, wall time and each success's latency.</summary>
public sealed class LoadResult
{
    public LoadResult(string name, int connections, IEnumerable<double> latenciesMs, int errors, TimeSpan elapsed, IReadOnlyList<string> errorSamples)
    {
        Name = name;
        Connections = connections;
        LatenciesMs = [.. latenciesMs.Order()];
        Errors = errors;
        Elapsed = elapsed;
        ErrorSamples = errorSamples;
    }

    public string Name { get; }

    public int Connections { get; }

    public IReadOnlyList<double> LatenciesMs { get; }

    public int Succeeded => LatenciesMs.Count;

    public int Errors { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>The first few error descriptions, to tell a refusal from a timeout without a debugger.</summary>
    public IReadOnlyList<string> ErrorSamples { get; }

    /// <summary>Answered requests (successes and errors) per second of wall time.</summary>
    public double Throughput => Elapsed > TimeSpan.Zero ? (Succeeded + Errors) / Elapsed.TotalSeconds : 0;

    public double P50 => Percentiles.Of(LatenciesMs, 50);

    public double P95 => Percentiles.Of(LatenciesMs, 95);

    public double P99 => Percentiles.Of(LatenciesMs, 99);

    public double Max => LatenciesMs.Count == 0 ? double.NaN : LatenciesMs[^1];
}
