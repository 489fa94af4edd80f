namespace Mentorship.ServiceDefaults.Memory;

/// <summary>
/// Decides, from one sample to the next, when returning spare memory is worth a full collection: after
/// a busy spell (enough allocated since the last trim for the GC to have grown), once the process has
/// been quiet for the configured time, and only when the GC holds enough beyond its live data. A quiet
/// process is therefore collected once per busy spell, not on every check.
/// </summary>
public sealed class IdleTrimPolicy(TimeSpan quietFor)
{
    /// <summary>Allocating less than this per second counts as quiet (an idle service allocates about 70 KB/s).</summary>
    public const long QuietBytesPerSecond = 1L << 20;

    /// <summary>A busy spell: at least this much allocated since the last trim.</summary>
    public const long BusySpellBytes = 64L << 20;

    /// <summary>Less spare than this is not worth a full collection.</summary>
    public const long WorthReturningBytes = 16L << 20;

    private MemorySample? _previous;
    private DateTimeOffset _lastBusyAt;
    private long _allocatedSinceTrim;

    public bool ShouldTrim(MemorySample sample)
    {
        if (_previous is { } previous)
        {
            var allocated = sample.TotalAllocated - previous.TotalAllocated;
            _allocatedSinceTrim += allocated;
            if (allocated > QuietBytesPerSecond * (sample.At - previous.At).TotalSeconds)
                _lastBusyAt = sample.At;
        }
        else
        {
            _lastBusyAt = sample.At;
        }

        _previous = sample;
        return _allocatedSinceTrim >= BusySpellBytes
            && sample.At - _lastBusyAt >= quietFor
            && sample.Spare >= WorthReturningBytes;
    }

    /// <summary>The spare memory was returned: the next trim waits for another busy spell.</summary>
    public void Trimmed() => _allocatedSinceTrim = 0;
}
