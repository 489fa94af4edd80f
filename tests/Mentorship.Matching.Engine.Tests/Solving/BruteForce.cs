using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

/// <summary>The reference: tries every feasible matching of a tiny instance and keeps the best for the objective.</summary>
internal static class BruteForce
{
    public static (int Matched, long Weight) Best(MatchingInstance instance, Objective objective, MatchingConstraints constraints)
    {
        var forbidden = constraints.Forbids.ToHashSet();
        var pinned = new int[instance.MenteeCount];
        Array.Fill(pinned, -1);
        foreach (var pin in constraints.Pins)
        {
            pinned[pin.Mentee] = pin.Mentor;
        }

        var room = instance.Capacities.ToArray();
        var best = (Matched: -1, Weight: -1L);
        Explore(0, 0, 0);
        return best;

        void Explore(int mentee, int matched, long weight)
        {
            if (mentee == instance.MenteeCount)
            {
                if (IsBetter(objective, (matched, weight), best))
                {
                    best = (matched, weight);
                }

                return;
            }

            if (pinned[mentee] < 0)
            {
                Explore(mentee + 1, matched, weight);
            }

            var mentors = instance.MentorsOf(mentee).ToArray();
            var weights = instance.WeightsOf(mentee).ToArray();
            for (var k = 0; k < mentors.Length; k++)
            {
                var j = mentors[k];
                var allowed = pinned[mentee] < 0 ? !forbidden.Contains(new MatchingPair(mentee, j)) : pinned[mentee] == j;
                if (allowed && room[j] > 0)
                {
                    room[j]--;
                    Explore(mentee + 1, matched + 1, weight + weights[k]);
                    room[j]++;
                }
            }
        }
    }

    private static bool IsBetter(Objective objective, (int Matched, long Weight) candidate, (int Matched, long Weight) best) =>
        objective == Objective.MaxScore
            ? candidate.Weight > best.Weight
            : candidate.Matched > best.Matched || (candidate.Matched == best.Matched && candidate.Weight > best.Weight);
}
