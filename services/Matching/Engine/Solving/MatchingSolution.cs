namespace Mentorship.Matching.Engine.Solving;

/// <summary>An optimal matching: the mentor of each mentee (-1 when unmatched), with totals and the certificate proving it optimal.</summary>
public sealed class MatchingSolution
{
    private readonly int[] _mentorOf;

    internal MatchingSolution(int[] mentorOf, long totalWeight, OptimalityCertificate certificate, SolverCounters counters)
    {
        _mentorOf = mentorOf;
        TotalWeight = totalWeight;
        Certificate = certificate;
        Counters = counters;
        MatchedCount = mentorOf.Count(m => m >= 0);
    }

    public int MatchedCount { get; }

    public long TotalWeight { get; }

    /// <summary>Mentor of each mentee, -1 when unmatched.</summary>
    public ReadOnlySpan<int> MentorOf => _mentorOf;

    public OptimalityCertificate Certificate { get; }

    public SolverCounters Counters { get; }

    /// <summary>The matched pairs in mentee order.</summary>
    public IEnumerable<MatchingPair> Pairs()
    {
        for (var i = 0; i < _mentorOf.Length; i++)
        {
            if (_mentorOf[i] >= 0)
            {
                yield return new MatchingPair(i, _mentorOf[i]);
            }
        }
    }
}
