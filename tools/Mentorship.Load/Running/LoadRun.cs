using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mentorship.Load.Running;

/// <summary>
/// A closed-loop load: <c>connections</c> workers each send one request, wait for its answer, send
/// the next, until <c>requests</c> were sent or <c>duration</c> passed, whichever comes first.
/// </summary>
public static class LoadRun
{
    private const int KeptErrorSamples = 5;

    /// <summary>A request; it throws (<see cref="UnexpectedAnswerException"/>, or the transport's exception) when not answered as expected.</summary>
    public delegate Task Request(int sequence, CancellationToken cancellationToken);

    public static async Task<LoadResult> RunAsync(string name, int connections, int requests, TimeSpan duration, Request request, CancellationToken cancellationToken)
    {
        var next = -1;
        var errors = 0;
        var samples = new ConcurrentQueue<string>();
        var perWorker = new List<double>[connections];
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(duration);
        var clock = Stopwatch.StartNew();

        async Task WorkAsync(int worker)
        {
            var latencies = perWorker[worker] = new List<double>(Math.Min(requests / connections + 1, 1 << 20));
            int sequence;
            while (!deadline.IsCancellationRequested && (sequence = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    await request(sequence, deadline.Token);
                    failure = null;
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException or UnexpectedAnswerException)
                {
                    failure = exception.Message;
                }

                if (failure is null)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    continue;
                }

                Interlocked.Increment(ref errors);
                if (samples.Count < KeptErrorSamples)
                    samples.Enqueue(failure);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(() => WorkAsync(worker), CancellationToken.None)));
        clock.Stop();
        return new LoadResult(name, connections, perWorker.SelectMany(latencies => latencies), errors, clock.Elapsed, [.. samples]);
    }
}
