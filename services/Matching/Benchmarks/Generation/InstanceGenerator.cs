using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Benchmarks.Generation;

/// <summary>
/// Random instances with the group structure hard constraints give real rounds: people fall into
/// communities (a language and a region), pairs are allowed only inside a shared community, some
/// mentors also serve a second community, and a few pairs are cut by conflicts. With 28 communities
/// about 3.6% of pairs survive, as in the sizes the platform is designed for.
/// </summary>
public static class InstanceGenerator
{
    public const int Communities = 28;

    public static MatchingInstance Generate(int menteeCount, int mentorCount, int seed)
    {
        var random = new Random(seed);
        var capacities = new int[mentorCount];
        var mentorsOf = new List<int>[Communities];
        for (var c = 0; c < Communities; c++)
        {
            mentorsOf[c] = [];
        }

        for (var j = 0; j < mentorCount; j++)
        {
            capacities[j] = 1 + random.Next(5);
            var home = random.Next(Communities);
            mentorsOf[home].Add(j);
            if (random.NextDouble() < 0.05)
            {
                var second = random.Next(Communities);
                if (second != home)
                {
                    mentorsOf[second].Add(j);
                }
            }
        }

        var arcs = new List<MatchingArc>((int)Math.Min(int.MaxValue, (long)menteeCount * mentorCount / Communities * 11 / 10));
        for (var i = 0; i < menteeCount; i++)
        {
            foreach (var j in mentorsOf[random.Next(Communities)])
            {
                if (random.NextDouble() >= 0.01)
                {
                    arcs.Add(new MatchingArc(i, j, random.Next(MatchingInstance.MaxWeight + 1)));
                }
            }
        }

        return MatchingInstance.Create(menteeCount, capacities, arcs);
    }
}
