using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// A round's participants by index with everything the hard constraints need precomputed: compiled
/// profiles, each mentor's room and mentor-level exclusion, and the few pair-level blocks (same
/// person, declared conflicts, declines, forbids) keyed by pair. <see cref="FirstExclusion"/> is the
/// one definition of which pairs are allowed.
/// </summary>
internal sealed class RoundContext
{
    private readonly Dictionary<long, int> _pairBlockRank = [];
    private readonly Dictionary<long, List<Appreciation>> _pointsByPair = [];
    private readonly bool[] _menteeHasPoints;

    public RoundContext(CriterionWeights weights, IReadOnlyList<Mentee> mentees, IReadOnlyList<Mentor> mentors, IReadOnlyList<Appreciation> appreciations, IReadOnlyList<DeclinedPair> declined)
    {
        Validate(mentees, mentors, appreciations);
        Weights = weights;
        Mentees = mentees;
        Mentors = mentors;
        MenteeIndex = IndexBy(mentees.Select(m => m.PersonId), "mentee");
        MentorIndex = IndexBy(mentors.Select(m => m.PersonId), "mentor");
        var vocabulary = new ProfileVocabulary();
        vocabulary.Register(mentees.Select(m => m.Profile));
        vocabulary.Register(mentors.Select(m => m.Profile));
        CompiledMentees = vocabulary.Compile(mentees.Select(m => m.Profile).ToList());
        CompiledMentors = vocabulary.Compile(mentors.Select(m => m.Profile).ToList());
        Scorer = new CompiledScorer(CompiledMentees, CompiledMentors, ScoreFormula.Factors(weights));
        Room = mentors.Select(m => m.RemainingCapacity).ToArray();
        MentorExclusion = mentors.Select(MentorLevelExclusion).ToArray();
        MenteeHasBlocks = new bool[mentees.Count];
        _menteeHasPoints = new bool[mentees.Count];
        AddPairBlocks(declined, appreciations);
        foreach (var appreciation in appreciations.Where(a => a.Kind is AppreciationKind.Bonus or AppreciationKind.Malus))
        {
            if (TryKey(appreciation.MenteeId, appreciation.MentorId, out var key))
            {
                (_pointsByPair.TryGetValue(key, out var list) ? list : _pointsByPair[key] = []).Add(appreciation);
                _menteeHasPoints[MenteeIndex[appreciation.MenteeId]] = true;
            }
        }
    }

    public CriterionWeights Weights { get; }

    public IReadOnlyList<Mentee> Mentees { get; }

    public IReadOnlyList<Mentor> Mentors { get; }

    public Dictionary<Guid, int> MenteeIndex { get; }

    public Dictionary<Guid, int> MentorIndex { get; }

    public CompiledProfiles CompiledMentees { get; }

    public CompiledProfiles CompiledMentors { get; }

    public CompiledScorer Scorer { get; }

    /// <summary>How many more mentees each mentor can take.</summary>
    public int[] Room { get; }

    /// <summary>The mentor-level exclusion of each mentor (capacity, global cap), or null.</summary>
    public string?[] MentorExclusion { get; }

    /// <summary>Mentees with at least one pair-level block, so the others skip the lookup.</summary>
    public bool[] MenteeHasBlocks { get; }

    public long Key(int mentee, int mentor) => ((long)mentee * Mentors.Count) + mentor;

    /// <summary>The first hard constraint the pair fails, in <see cref="ExclusionReason.All"/> order, or null when allowed.</summary>
    public string? FirstExclusion(int mentee, int mentor)
    {
        if (MentorExclusion[mentor] is { } mentorLevel)
        {
            return mentorLevel;
        }

        if (!ShareLanguage(mentee, mentor))
        {
            return ExclusionReason.NoSharedLanguage;
        }

        return PairBlock(mentee, mentor);
    }

    /// <summary>The pair-level block of a pair (same person, conflict, decline, forbid), or null.</summary>
    public string? PairBlock(int mentee, int mentor) =>
        MenteeHasBlocks[mentee] && _pairBlockRank.TryGetValue(Key(mentee, mentor), out var rank) ? ExclusionReason.All[rank] : null;

    public bool ShareLanguage(int mentee, int mentor)
    {
        var languages = CompiledMentees.Languages;
        return languages.Count(mentee) == 0 || CompiledMentors.Languages.Count(mentor) == 0
            || languages.Shared(mentee, CompiledMentors.Languages, mentor) > 0;
    }

    /// <summary>The pair's score with coordinator points, as the solver sees it.</summary>
    public double AdjustedScore(int mentee, int mentor)
    {
        var score = Scorer.Score(mentee, mentor);
        if (!_menteeHasPoints[mentee] || !_pointsByPair.TryGetValue(Key(mentee, mentor), out var points))
        {
            return score;
        }

        var bonus = points.Where(p => p.Kind == AppreciationKind.Bonus).Sum(p => p.Points);
        var malus = points.Where(p => p.Kind == AppreciationKind.Malus).Sum(p => p.Points);
        return ScoreFormula.Adjust(score, bonus, malus);
    }

    /// <summary>The full explanation of a pair, with reasons: what a coordinator reads.</summary>
    public PairScore Explain(int mentee, int mentor) =>
        PairScorer.Score(Mentees[mentee].Profile, Mentors[mentor].Profile, Weights, _pointsByPair.GetValueOrDefault(Key(mentee, mentor)));

    private void AddPairBlocks(IReadOnlyList<DeclinedPair> declined, IReadOnlyList<Appreciation> appreciations)
    {
        for (var i = 0; i < Mentees.Count; i++)
        {
            var mentee = Mentees[i];
            if (MentorIndex.TryGetValue(mentee.PersonId, out var self))
            {
                Block(i, self, ExclusionReason.SamePerson);
            }

            foreach (var conflict in mentee.Profile.Conflicts)
            {
                if (MentorIndex.TryGetValue(conflict.PersonId, out var j))
                {
                    Block(i, j, ExclusionReason.ConflictOfInterest);
                }
            }
        }

        for (var j = 0; j < Mentors.Count; j++)
        {
            foreach (var conflict in Mentors[j].Profile.Conflicts)
            {
                if (MenteeIndex.TryGetValue(conflict.PersonId, out var i))
                {
                    Block(i, j, ExclusionReason.ConflictOfInterest);
                }
            }
        }

        foreach (var pair in declined)
        {
            BlockById(pair.MenteeId, pair.MentorId, ExclusionReason.PreviouslyDeclined);
        }

        foreach (var forbid in appreciations.Where(a => a.Kind == AppreciationKind.Forbid))
        {
            BlockById(forbid.MenteeId, forbid.MentorId, ExclusionReason.Forbidden);
        }
    }

    private void BlockById(Guid menteeId, Guid mentorId, string reason)
    {
        if (MenteeIndex.TryGetValue(menteeId, out var i) && MentorIndex.TryGetValue(mentorId, out var j))
        {
            Block(i, j, reason);
        }
    }

    private void Block(int mentee, int mentor, string reason)
    {
        var rank = IndexOfReason(reason);
        var key = Key(mentee, mentor);
        _pairBlockRank[key] = _pairBlockRank.TryGetValue(key, out var existing) ? Math.Min(existing, rank) : rank;
        MenteeHasBlocks[mentee] = true;
    }

    private bool TryKey(Guid menteeId, Guid mentorId, out long key)
    {
        var found = MenteeIndex.TryGetValue(menteeId, out var i) & MentorIndex.TryGetValue(mentorId, out var j);
        key = found ? Key(i, j) : -1;
        return found;
    }

    private static string? MentorLevelExclusion(Mentor mentor) =>
        mentor.Capacity - mentor.CurrentLoad <= 0 ? ExclusionReason.MentorAtCapacity
        : mentor.GlobalCap is { } cap && mentor.GlobalLoad >= cap ? ExclusionReason.GlobalCapExceeded
        : null;

    private static int IndexOfReason(string reason)
    {
        for (var r = 0; r < ExclusionReason.All.Count; r++)
        {
            if (ExclusionReason.All[r] == reason)
            {
                return r;
            }
        }

        throw new ArgumentException($"unknown exclusion reason {reason}", nameof(reason));
    }

    private static Dictionary<Guid, int> IndexBy(IEnumerable<Guid> ids, string role)
    {
        var index = new Dictionary<Guid, int>();
        foreach (var id in ids)
        {
            if (!index.TryAdd(id, index.Count))
            {
                throw new ArgumentException($"{role} {id} appears twice in the round");
            }
        }

        return index;
    }

    private static void Validate(IReadOnlyList<Mentee> mentees, IReadOnlyList<Mentor> mentors, IReadOnlyList<Appreciation> appreciations)
    {
        ArgumentNullException.ThrowIfNull(mentees);
        foreach (var mentor in mentors)
        {
            if (mentor.Capacity < 0 || mentor.CurrentLoad < 0 || mentor.GlobalCap < 0 || mentor.GlobalLoad < 0)
            {
                throw new ArgumentException($"mentor {mentor.PersonId} has a negative capacity or load");
            }
        }

        foreach (var appreciation in appreciations)
        {
            if (!AppreciationKind.All.Contains(appreciation.Kind))
            {
                throw new ArgumentException($"unknown appreciation kind '{appreciation.Kind}'");
            }

            if (!(appreciation.Points >= 0 && appreciation.Points <= Appreciation.MaxPoints))
            {
                throw new ArgumentException($"appreciation points must be in [0, {Appreciation.MaxPoints}], got {appreciation.Points}");
            }
        }
    }
}
