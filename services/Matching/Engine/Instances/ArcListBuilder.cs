namespace Mentorship.Matching.Engine.Instances;

/// <summary>
/// Collects arcs in input order in growable parallel arrays, then sorts them by mentee
/// (a stable counting sort) into the compressed rows of <see cref="MatchingInstance"/>.
/// </summary>
internal sealed class ArcListBuilder(int expectedCount)
{
    private int[] _mentee = new int[Math.Max(16, expectedCount)];
    private int[] _mentor = new int[Math.Max(16, expectedCount)];
    private int[] _weight = new int[Math.Max(16, expectedCount)];

    public int Count { get; private set; }

    public void Add(int mentee, int mentor, int weight)
    {
        if (Count == _mentee.Length)
        {
            var size = checked(Count * 2);
            Array.Resize(ref _mentee, size);
            Array.Resize(ref _mentor, size);
            Array.Resize(ref _weight, size);
        }

        _mentee[Count] = mentee;
        _mentor[Count] = mentor;
        _weight[Count] = weight;
        Count++;
    }

    /// <summary>
    /// Builds the instance. <paramref name="duplicate"/> gives the input positions of the earliest
    /// arc that repeats a pair (Later) and of the arc it repeats (Earlier), or null.
    /// </summary>
    public MatchingInstance Build(int menteeCount, int[] capacities, out (int Earlier, int Later)? duplicate)
    {
        var start = new int[menteeCount + 1];
        for (var a = 0; a < Count; a++)
        {
            start[_mentee[a] + 1]++;
        }

        for (var i = 0; i < menteeCount; i++)
        {
            start[i + 1] += start[i];
        }

        var next = start.AsSpan(0, menteeCount).ToArray();
        var mentor = new int[Count];
        var weight = new int[Count];
        var inputPosition = new int[Count];
        for (var a = 0; a < Count; a++)
        {
            var slot = next[_mentee[a]]++;
            mentor[slot] = _mentor[a];
            weight[slot] = _weight[a];
            inputPosition[slot] = a;
        }

        duplicate = FindFirstDuplicate(menteeCount, capacities.Length, start, mentor, inputPosition);
        return new MatchingInstance(menteeCount, capacities, start, mentor, weight);
    }

    private static (int Earlier, int Later)? FindFirstDuplicate(
        int menteeCount, int mentorCount, int[] start, int[] mentor, int[] inputPosition)
    {
        // Rows keep input order, so inside a row a repeat is always the later arc.
        var seenInRow = new int[mentorCount];
        var seenAt = new int[mentorCount];
        (int Earlier, int Later)? first = null;
        for (var i = 0; i < menteeCount; i++)
        {
            for (var a = start[i]; a < start[i + 1]; a++)
            {
                var j = mentor[a];
                if (seenInRow[j] != i + 1)
                {
                    seenInRow[j] = i + 1;
                    seenAt[j] = inputPosition[a];
                }
                else if (first is null || inputPosition[a] < first.Value.Later)
                {
                    first = (seenAt[j], inputPosition[a]);
                }
            }
        }

        return first;
    }
}
