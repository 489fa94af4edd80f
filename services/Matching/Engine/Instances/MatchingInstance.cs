namespace Mentorship.Matching.Engine.Instances;

/// <summary>
/// One capacitated matching problem: mentees take at most one mentor, mentor j takes at most
/// <c>Capacity(j)</c> mentees, only listed arcs are allowed. Arcs are stored by mentee in
/// compressed rows (one offset array, one mentor array, one weight array) so that 4 million
/// arcs cost 32 MB and no per-arc object.
/// </summary>
public sealed class MatchingInstance
{
    /// <summary>The largest arc weight: a score of 100 scaled by 10,000.</summary>
    public const int MaxWeight = 1_000_000;

    private readonly int[] _capacities;

    internal MatchingInstance(int menteeCount, int[] capacities, int[] arcStart, int[] arcMentor, int[] arcWeight)
    {
        MenteeCount = menteeCount;
        _capacities = capacities;
        ArcStart = arcStart;
        ArcMentor = arcMentor;
        ArcWeight = arcWeight;
    }

    public int MenteeCount { get; }

    public int MentorCount => _capacities.Length;

    public int ArcCount => ArcMentor.Length;

    public ReadOnlySpan<int> Capacities => _capacities;

    /// <summary>Offsets into the arc arrays: the arcs of mentee i are [ArcStart[i], ArcStart[i + 1]).</summary>
    internal int[] ArcStart { get; }

    internal int[] ArcMentor { get; }

    internal int[] ArcWeight { get; }

    public ReadOnlySpan<int> MentorsOf(int mentee) =>
        ArcMentor.AsSpan(ArcStart[mentee], ArcStart[mentee + 1] - ArcStart[mentee]);

    public ReadOnlySpan<int> WeightsOf(int mentee) =>
        ArcWeight.AsSpan(ArcStart[mentee], ArcStart[mentee + 1] - ArcStart[mentee]);

    /// <summary>The weight of the pair, or null when the pair is not allowed.</summary>
    public int? WeightOf(int mentee, int mentor)
    {
        var mentors = MentorsOf(mentee);
        var at = mentors.IndexOf(mentor);
        return at < 0 ? null : WeightsOf(mentee)[at];
    }

    public IEnumerable<MatchingArc> Arcs()
    {
        for (var i = 0; i < MenteeCount; i++)
        {
            for (var a = ArcStart[i]; a < ArcStart[i + 1]; a++)
            {
                yield return new MatchingArc(i, ArcMentor[a], ArcWeight[a]);
            }
        }
    }

    /// <summary>Builds an instance, refusing out-of-range values and repeated pairs.</summary>
    public static MatchingInstance Create(int menteeCount, IReadOnlyList<int> capacities, IReadOnlyList<MatchingArc> arcs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(menteeCount);
        var caps = capacities.ToArray();
        for (var j = 0; j < caps.Length; j++)
        {
            if (caps[j] < 0)
            {
                throw new ArgumentException($"mentor {j} has a negative capacity ({caps[j]})", nameof(capacities));
            }
        }

        var builder = new ArcListBuilder(arcs.Count);
        foreach (var arc in arcs)
        {
            if ((uint)arc.Mentee >= (uint)menteeCount || (uint)arc.Mentor >= (uint)caps.Length)
            {
                throw new ArgumentException($"arc {arc} refers to a mentee or mentor out of range", nameof(arcs));
            }

            if ((uint)arc.Weight > MaxWeight)
            {
                throw new ArgumentException($"arc {arc} has a weight outside 0..{MaxWeight}", nameof(arcs));
            }

            builder.Add(arc.Mentee, arc.Mentor, arc.Weight);
        }

        var instance = builder.Build(menteeCount, caps, out var duplicate);
        if (duplicate is { } repeat)
        {
            throw new ArgumentException($"arc {arcs[repeat.Later]} repeats the pair of arc {repeat.Earlier}", nameof(arcs));
        }

        return instance;
    }
}
