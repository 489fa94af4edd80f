using Mentorship.Matching.Engine.Rounds;

namespace Mentorship.Matching.Jobs;

/// <summary>
/// Receives the planner's progress on its thread: keeps the latest for the heartbeat and forwards it to
/// Redis at most every 200 ms, so reporting never slows the solve.
/// </summary>
public sealed class RoundProgressReporter(Guid roundId, RoundProgressStore store, TimeProvider clock) : IProgress<RoundProgress>
{
    private static readonly TimeSpan Throttle = TimeSpan.FromMilliseconds(200);
    private DateTimeOffset _lastForwarded = DateTimeOffset.MinValue;

    public RoundProgress Latest { get; private set; } = new(RoundPhase.Indexing, 0);

    public void Report(RoundProgress value)
    {
        Latest = value;
        var now = clock.GetUtcNow();
        if (now - _lastForwarded < Throttle && value.Fraction < 1)
            return;
        _lastForwarded = now;
        store.Publish(roundId, value.Phase.ToString().ToLowerInvariant(), value.Fraction);
    }
}
