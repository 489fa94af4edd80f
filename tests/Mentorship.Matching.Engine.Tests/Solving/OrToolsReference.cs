using Google.OrTools.Graph;
using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

/// <summary>OR-Tools' min-cost flow on the same instance: an independent implementation to agree with.</summary>
internal static class OrToolsReference
{
    public static (int Matched, long Weight) Best(MatchingInstance instance, Objective objective)
    {
        using var flow = new MinCostFlow();
        var sink = instance.MenteeCount + instance.MentorCount;
        var arcs = new List<(int Arc, int Weight)>();
        foreach (var arc in instance.Arcs())
        {
            arcs.Add((flow.AddArcWithCapacityAndUnitCost(arc.Mentee, instance.MenteeCount + arc.Mentor, 1, -arc.Weight), arc.Weight));
        }

        for (var j = 0; j < instance.MentorCount; j++)
        {
            flow.AddArcWithCapacityAndUnitCost(instance.MenteeCount + j, sink, instance.Capacities[j], 0);
        }

        for (var i = 0; i < instance.MenteeCount; i++)
        {
            flow.SetNodeSupply(i, 1);
            if (objective == Objective.MaxScore)
            {
                // Staying unmatched is free, so every supply can always be routed.
                flow.AddArcWithCapacityAndUnitCost(i, sink, 1, 0);
            }
        }

        flow.SetNodeSupply(sink, -instance.MenteeCount);
        var status = objective == Objective.MaxScore ? flow.Solve() : flow.SolveMaxFlowWithMinCost();
        Assert.Equal(MinCostFlowBase.Status.OPTIMAL, status);
        var matched = 0;
        long weight = 0;
        foreach (var (arc, arcWeight) in arcs)
        {
            if (flow.Flow(arc) > 0)
            {
                matched++;
                weight += arcWeight;
            }
        }

        return (matched, weight);
    }
}
