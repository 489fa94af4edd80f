using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Explains a solved round: each proposal criterion by criterion, and for each unmatched mentee
/// whether no mentor was feasible (and which constraints excluded them), or the feasible ones were
/// all used better elsewhere.
/// </summary>
internal static class RoundExplainer
{
    private const int ProgressEvery = 1024;

    private static readonly Dictionary<string, string> Phrases = new()
    {
        [ExclusionReason.MentorAtCapacity] = "are at capacity",
        [ExclusionReason.GlobalCapExceeded] = "reached their cap across programmes",
        [ExclusionReason.NoSharedLanguage] = "share no language",
        [ExclusionReason.SamePerson] = "are the mentee themself",
        [ExclusionReason.ConflictOfInterest] = "have a conflict of interest",
        [ExclusionReason.PreviouslyDeclined] = "were already tried and declined",
        [ExclusionReason.Forbidden] = "are forbidden by the coordinator",
    };

    public static (List<Proposal> Proposals, List<UnmatchedMentee> Unmatched) Explain(
        RoundContext round,
        MatchingInstance instance,
        MatchingSolution solution,
        MatchingConstraints constraints,
        IProgress<RoundProgress>? progress,
        CancellationToken cancellationToken)
    {
        var pinned = constraints.Pins.Select(p => p.Mentee).ToHashSet();
        var load = new int[instance.MentorCount];
        foreach (var pair in solution.Pairs())
        {
            load[pair.Mentor]++;
        }

        var proposals = new List<Proposal>();
        var unmatched = new List<UnmatchedMentee>();
        for (var i = 0; i < instance.MenteeCount; i++)
        {
            var mentor = solution.MentorOf[i];
            if (mentor >= 0)
            {
                var score = round.Explain(i, mentor);
                proposals.Add(new Proposal(round.Mentees[i].PersonId, round.Mentors[mentor].PersonId, score.Total, pinned.Contains(i), score.Criteria, score.Adjustments));
            }
            else
            {
                unmatched.Add(ExplainUnmatched(round, instance, load, i));
            }

            if ((i + 1) % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new RoundProgress(RoundPhase.Explaining, (double)(i + 1) / instance.MenteeCount));
            }
        }

        progress?.Report(new RoundProgress(RoundPhase.Explaining, 1));
        return (proposals, unmatched);
    }

    private static UnmatchedMentee ExplainUnmatched(RoundContext round, MatchingInstance instance, int[] load, int mentee)
    {
        var id = round.Mentees[mentee].PersonId;
        var feasible = instance.MentorsOf(mentee);
        if (feasible.Length == 0)
        {
            var excluded = new Dictionary<string, int>();
            for (var j = 0; j < instance.MentorCount; j++)
            {
                var reason = round.FirstExclusion(mentee, j)!;
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
            }

            var detail = instance.MentorCount == 0
                ? "there are no mentors in this round"
                : $"none of {instance.MentorCount:N0} mentors passes the hard constraints: "
                  + string.Join(", ", ExclusionReason.All.Where(excluded.ContainsKey).Select(r => $"{excluded[r]:N0} {Phrases[r]}"));
            return new UnmatchedMentee(id, UnmatchedReason.NoFeasibleMentor, 0, excluded, detail);
        }

        var withRoom = 0;
        foreach (var j in feasible)
        {
            if (load[j] < instance.Capacities[j])
            {
                withRoom++;
            }
        }

        var none = new Dictionary<string, int>();
        return withRoom == 0
            ? new UnmatchedMentee(id, UnmatchedReason.FeasibleMentorsFull, feasible.Length, none,
                $"all {feasible.Length:N0} feasible mentors are full with mentees who together make a better overall matching")
            : new UnmatchedMentee(id, UnmatchedReason.OnlyZeroScorePairs, feasible.Length, none,
                $"{withRoom:N0} feasible mentors still have room, but every such pair scores 0 and max-score gains nothing from it");
    }
}
