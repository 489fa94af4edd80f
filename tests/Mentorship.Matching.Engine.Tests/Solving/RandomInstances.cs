using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

/// <summary>Seeded random instances and constraints, so that every failure names a reproducible seed.</summary>
internal static class RandomInstances
{
    public static MatchingInstance Create(Random random, int maxMentees, int maxMentors, int maxCapacity, int maxWeight)
    {
        var mentees = random.Next(1, maxMentees + 1);
        var mentors = random.Next(1, maxMentors + 1);
        var density = random.NextDouble();
        var capacities = Enumerable.Range(0, mentors).Select(_ => random.Next(maxCapacity + 1)).ToArray();
        var arcs = new List<MatchingArc>();
        for (var i = 0; i < mentees; i++)
        {
            for (var j = 0; j < mentors; j++)
            {
                if (random.NextDouble() < density)
                {
                    arcs.Add(new MatchingArc(i, j, random.Next(maxWeight + 1)));
                }
            }
        }

        return MatchingInstance.Create(mentees, capacities, arcs);
    }

    /// <summary>People in communities, pairs allowed only inside one: the block structure of language and region constraints.</summary>
    public static MatchingInstance CreateClustered(Random random, int mentees, int mentors, int communities)
    {
        var communityOf = Enumerable.Range(0, mentors).Select(_ => random.Next(communities)).ToArray();
        var capacities = Enumerable.Range(0, mentors).Select(_ => 1 + random.Next(5)).ToArray();
        var arcs = new List<MatchingArc>();
        for (var i = 0; i < mentees; i++)
        {
            var community = random.Next(communities);
            for (var j = 0; j < mentors; j++)
            {
                if (communityOf[j] == community)
                {
                    arcs.Add(new MatchingArc(i, j, random.Next(MatchingInstance.MaxWeight + 1)));
                }
            }
        }

        return MatchingInstance.Create(mentees, capacities, arcs);
    }

    /// <summary>A few forbids, and pins drawn so that they can always be honoured.</summary>
    public static MatchingConstraints Constraints(Random random, MatchingInstance instance)
    {
        var arcs = instance.Arcs().ToList();
        var forbids = arcs.Where(_ => random.NextDouble() < 0.15).Select(a => new MatchingPair(a.Mentee, a.Mentor)).ToList();
        var pins = new List<MatchingPair>();
        var room = instance.Capacities.ToArray();
        var pinnedMentees = new HashSet<int>();
        foreach (var arc in arcs.Where(_ => random.NextDouble() < 0.1))
        {
            var pair = new MatchingPair(arc.Mentee, arc.Mentor);
            if (room[arc.Mentor] > 0 && pinnedMentees.Add(arc.Mentee) && !forbids.Contains(pair))
            {
                room[arc.Mentor]--;
                pins.Add(pair);
            }
        }

        return new MatchingConstraints(pins, forbids);
    }
}
