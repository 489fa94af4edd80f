using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Turns a round into a <see cref="MatchingInstance"/> without looking at every pair: mentors that
/// can take no one are dropped, the rest are indexed by language (the hard constraint that prunes
/// most), and each mentee scores only the mentors sharing a language with it (plus those whose
/// languages are unknown), skipping the few pairs blocked individually.
/// </summary>
internal static class RoundInstanceBuilder
{
    private const int ProgressEvery = 512;

    public static (MatchingInstance Instance, long ScoredPairs, Dictionary<string, long> ExcludedPairs) Build(
        RoundContext round, IProgress<RoundProgress>? progress, CancellationToken cancellationToken)
    {
        var n = round.Mentees.Count;
        var m = round.Mentors.Count;
        var (byLanguage, anyLanguage, eligible) = IndexMentors(round);
        var excluded = ExclusionReason.All.ToDictionary(r => r, _ => 0L);
        var arcStart = new int[n + 1];
        var arcMentor = new int[Math.Max(16, n * 4)];
        var arcWeight = new int[arcMentor.Length];
        var arcCount = 0;
        var seenBy = new int[m];
        var languages = new List<int>();
        long scored = 0;
        for (var i = 0; i < n; i++)
        {
            languages.Clear();
            round.CompiledMentees.Languages.CodesOf(i, languages);
            var lists = languages.Count == 0 ? [eligible] : languages.Select(l => byLanguage[l]).Append(anyLanguage);
            foreach (var list in lists)
            {
                foreach (var j in list)
                {
                    if (seenBy[j] == i + 1)
                    {
                        continue;
                    }

                    seenBy[j] = i + 1;
                    scored++;
                    if (round.MenteeHasBlocks[i] && round.PairBlock(i, j) is { } block)
                    {
                        excluded[block]++;
                        continue;
                    }

                    if (arcCount == arcMentor.Length)
                    {
                        Array.Resize(ref arcMentor, arcCount * 2);
                        Array.Resize(ref arcWeight, arcCount * 2);
                    }

                    arcMentor[arcCount] = j;
                    arcWeight[arcCount] = ScoreFormula.ArcWeight(round.AdjustedScore(i, j));
                    arcCount++;
                }
            }

            arcStart[i + 1] = arcCount;
            if ((i + 1) % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new RoundProgress(RoundPhase.Scoring, (double)(i + 1) / n));
            }
        }

        foreach (var reason in round.MentorExclusion)
        {
            if (reason is not null)
            {
                excluded[reason] += n;
            }
        }

        excluded[ExclusionReason.NoSharedLanguage] = ((long)n * eligible.Count) - scored;
        Array.Resize(ref arcMentor, arcCount);
        Array.Resize(ref arcWeight, arcCount);
        var instance = new MatchingInstance(n, round.Room.ToArray(), arcStart, arcMentor, arcWeight);
        progress?.Report(new RoundProgress(RoundPhase.Scoring, 1));
        return (instance, scored, excluded);
    }

    /// <summary>Mentors who can take someone, by language id; those who list no language fit every mentee.</summary>
    private static (List<int>[] ByLanguage, List<int> AnyLanguage, List<int> Eligible) IndexMentors(RoundContext round)
    {
        var mentors = round.CompiledMentors.Languages;
        var vocabulary = round.CompiledMentees.Languages.Words * 64;
        var byLanguage = Enumerable.Range(0, vocabulary).Select(_ => new List<int>()).ToArray();
        var anyLanguage = new List<int>();
        var eligible = new List<int>();
        var codes = new List<int>();
        for (var j = 0; j < round.Mentors.Count; j++)
        {
            if (round.MentorExclusion[j] is not null)
            {
                continue;
            }

            eligible.Add(j);
            codes.Clear();
            mentors.CodesOf(j, codes);
            if (codes.Count == 0)
            {
                anyLanguage.Add(j);
            }

            foreach (var code in codes)
            {
                byLanguage[code].Add(j);
            }
        }

        return (byLanguage, anyLanguage, eligible);
    }
}
