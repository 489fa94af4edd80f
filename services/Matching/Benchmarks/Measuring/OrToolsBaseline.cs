using Google.OrTools.Graph;
using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>
/// OR-Tools' min-cost flow (cost-scaling push-relabel, C++) on the same network: the baseline the
/// hand-written solver is measured against. The time includes building its graph, which a caller
/// would pay too. Max-participation uses its max-flow-with-min-cost mode (no null arcs).
/// </summary>
internal static class OrToolsBaseline
{
    public static (int Matched, long Weight) Solve(MatchingInstance instance, Objective objective)
    {
        using var flow = new MinCostFlow();
        var sink = instance.MenteeCount + instance.MentorCount;
        var firstArc = -1;
        for (var i = 0; i < instance.MenteeCount; i++)
        {
            var mentors = instance.MentorsOf(i);
            var weights = instance.WeightsOf(i);
            for (var k = 0; k < mentors.Length; k++)
            {
                var arc = flow.AddArcWithCapacityAndUnitCost(i, instance.MenteeCount + mentors[k], 1, -weights[k]);
                firstArc = firstArc < 0 ? arc : firstArc;
            }
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
                flow.AddArcWithCapacityAndUnitCost(i, sink, 1, 0);
            }
        }

        flow.SetNodeSupply(sink, -instance.MenteeCount);
        var status = objective == Objective.MaxScore ? flow.Solve() : flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools returned {status}");
        }

        var matched = 0;
        long weight = 0;
        for (var a = 0; a < instance.ArcCount; a++)
        {
            if (flow.Flow(firstArc + a) > 0)
            {
                matched++;
                weight -= flow.UnitCost(firstArc + a);
            }
        }

        return (matched, weight);
    }
}
