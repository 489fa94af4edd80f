using OpenTelemetry.Trace;

namespace Mentorship.ServiceDefaults.Telemetry;

/// <summary>
/// Records at most a number of new traces per second and drops the rest. Someone clicking through the
/// platform sees every request of theirs in the dashboard; a load of thousands of requests a second
/// sends a handful, instead of spending more CPU on telemetry than on the requests (issue 12: the
/// dashboard used as much CPU as Enrollment during intake).
/// </summary>
public sealed class TracesPerSecondSampler : Sampler
{
    private readonly int _perSecond;
    private readonly TimeProvider _clock;
    private long _second = long.MinValue;
    private int _taken;

    public TracesPerSecondSampler(int perSecond, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _perSecond = perSecond;
        _clock = clock;
        Description = $"TracesPerSecond{{{perSecond}}}";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var second = _clock.GetTimestamp() / _clock.TimestampFrequency;
        var current = Interlocked.Read(ref _second);
        // The first caller of a new second resets the count; a caller racing it may take one extra slot.
        if (second != current && Interlocked.CompareExchange(ref _second, second, current) == current)
            Interlocked.Exchange(ref _taken, 0);

        return Interlocked.Increment(ref _taken) <= _perSecond
            ? new SamplingResult(SamplingDecision.RecordAndSample)
            : new SamplingResult(SamplingDecision.Drop);
    }
}
