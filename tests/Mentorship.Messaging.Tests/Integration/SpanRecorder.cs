using System.Collections.Concurrent;
using System.Diagnostics;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>
/// Keeps the spans that the named sources finish in this process, as an OpenTelemetry exporter
/// would receive them, so a test can read one trace from them.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _finished = new();
    private readonly ActivityListener _listener;

    public SpanRecorder(params string[] sources)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _finished.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>A traceparent header value that starts a new trace, as a calling front end would send it.</summary>
    public static (ActivityTraceId TraceId, string TraceParent) NewTrace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        return (traceId, $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
    }

    /// <summary>Waits until the source has finished spans in the trace (some instrumentations report late), and returns them.</summary>
    public Task<List<Activity>> InTraceAsync(ActivityTraceId traceId, string source) =>
        Eventually.Get(
            () =>
            {
                var spans = _finished.Where(span => span.TraceId == traceId && span.Source.Name == source).ToList();
                return Task.FromResult(spans.Count > 0 ? spans : null);
            },
            $"spans of {source} in trace {traceId}",
            seconds: 30);

    public void Dispose() => _listener.Dispose();
}
