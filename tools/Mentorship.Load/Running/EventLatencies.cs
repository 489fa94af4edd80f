namespace Mentorship.Load.Running;

/// <summary>
/// The delay between a change acknowledged by its producer and its effect seen at a consumer, when
/// the consumer only shows a count: the k-th acknowledgement is matched with the first observation
/// of a count of k or more (events are applied in about the order they were committed). The
/// resolution is the observation interval.
/// </summary>
public static class EventLatencies
{
    /// <param name="acknowledgedAt">When each change was acknowledged, any order, in milliseconds on one clock.</param>
    /// <param name="observations">Counts seen at the consumer with their time on the same clock, in time order.</param>
    /// <returns>One latency per change whose effect was seen, in acknowledgement order; changes never seen are left out.</returns>
    public static List<double> Match(IEnumerable<double> acknowledgedAt, IReadOnlyList<(double At, int Count)> observations)
    {
        var latencies = new List<double>();
        var next = 0;
        var k = 0;
        foreach (var acknowledged in acknowledgedAt.Order())
        {
            k++;
            while (next < observations.Count && observations[next].Count < k)
                next++;
            if (next == observations.Count)
                break;
            latencies.Add(Math.Max(0, observations[next].At - acknowledged));
        }

        return latencies;
    }
}
