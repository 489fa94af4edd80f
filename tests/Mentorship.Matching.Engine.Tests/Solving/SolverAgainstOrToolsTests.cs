using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

public class SolverAgainstOrToolsTests
{
    public static TheoryData<int, Objective> Seeds()
    {
        var data = new TheoryData<int, Objective>();
        for (var seed = 0; seed < 12; seed++)
        {
            data.Add(seed, Objective.MaxParticipation);
            data.Add(seed, Objective.MaxScore);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solver_agrees_with_OrTools_on_medium_random_instances(int seed, Objective objective)
    {
        var random = new Random(1000 + seed);
        var instance = seed % 3 == 2
            ? RandomInstances.CreateClustered(random, mentees: 600, mentors: 200, communities: 6)
            : RandomInstances.Create(random, maxMentees: 400, maxMentors: 150, maxCapacity: 5, maxWeight: seed % 4 == 0 ? 10 : 1_000_000);

        var solution = MatchingSolver.Solve(instance, objective);
        var expected = OrToolsReference.Best(instance, objective);

        Assert.Equal(expected.Weight, solution.TotalWeight);
        if (objective == Objective.MaxParticipation)
        {
            Assert.Equal(expected.Matched, solution.MatchedCount);
        }

        Assert.Null(solution.Certificate.Verify(instance, MatchingConstraints.None, solution));
    }
}
