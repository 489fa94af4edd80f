using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

public class SolverAgainstBruteForceTests
{
    private const int InstancesPerBlock = 500;

    public static TheoryData<int, Objective> Blocks()
    {
        var data = new TheoryData<int, Objective>();
        for (var block = 0; block < 8; block++)
        {
            data.Add(block, Objective.MaxParticipation);
            data.Add(block, Objective.MaxScore);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Solver_matches_brute_force_on_small_random_instances(int block, Objective objective)
    {
        for (var k = 0; k < InstancesPerBlock; k++)
        {
            var seed = (block * InstancesPerBlock) + k;
            var random = new Random(seed);
            // Narrow weight ranges make many ties, wide ones exercise the scaling.
            var maxWeight = seed % 3 == 0 ? 3 : seed % 3 == 1 ? 100 : 1_000_000;
            var instance = RandomInstances.Create(random, maxMentees: 7, maxMentors: 4, maxCapacity: 3, maxWeight);
            var constraints = seed % 2 == 0 ? MatchingConstraints.None : RandomInstances.Constraints(random, instance);

            var solution = MatchingSolver.Solve(instance, objective, constraints);
            var expected = BruteForce.Best(instance, objective, constraints);

            Assert.True(expected.Weight == solution.TotalWeight, $"seed {seed}: weight {solution.TotalWeight}, brute force {expected.Weight}");
            if (objective == Objective.MaxParticipation)
            {
                Assert.True(expected.Matched == solution.MatchedCount, $"seed {seed}: matched {solution.MatchedCount}, brute force {expected.Matched}");
            }

            Assert.Null(solution.Certificate.Verify(instance, constraints, solution));
        }
    }
}
