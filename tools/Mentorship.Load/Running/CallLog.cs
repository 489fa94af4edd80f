using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mentorship.Load.Running;

/// <summary>
/// Every request of a drill's traffic on one clock: when it ended and how (no kind: answered as expected).
/// It tells the errors by kind and the first success after a moment (a server back). Closed when the
/// traffic is stopped, so requests cut off by the stop are not counted as failures.
/// </summary>
public sealed class CallLog
{
    private readonly ConcurrentQueue<(TimeSpan At, string? ErrorKind)> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile bool _closed;

    /// <summary>The log's clock, started with it: the drill marks its moments (server stopped, back) on it.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public int Count => _calls.Count;

    public void Record(string? errorKind) => Record(Now, errorKind);

    public void Record(TimeSpan at, string? errorKind)
    {
        if (!_closed)
            _calls.Enqueue((at, errorKind));
    }

    public void Close() => _closed = true;

    /// <summary>Failed requests by kind, between two moments (the whole run by default).</summary>
    public IReadOnlyDictionary<string, int> ErrorsByKind(TimeSpan? from = null, TimeSpan? to = null) =>
        _calls.Where(call => call.ErrorKind is not null && call.At >= (from ?? TimeSpan.Zero) && call.At <= (to ?? TimeSpan.MaxValue))
            .GroupBy(call => call.ErrorKind!)
            .ToDictionary(group => group.Key, group => group.Count());

    /// <summary>When the first request answered as expected ended after the moment, or null if none did.</summary>
    public TimeSpan? FirstSuccessAfter(TimeSpan moment) =>
        _calls.Where(call => call.ErrorKind is null && call.At >= moment).Select(call => (TimeSpan?)call.At).Min();
}
