using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

public class CertificateTests
{
    private static readonly MatchingInstance Instance = MatchingInstance.Create(
        3, [1, 2], [new(0, 0, 50), new(0, 1, 40), new(1, 0, 60), new(1, 1, 10), new(2, 1, 30)]);

    [Theory]
    [InlineData(Objective.MaxParticipation)]
    [InlineData(Objective.MaxScore)]
    public void Certificate_of_an_optimal_solution_verifies(Objective objective)
    {
        var solution = MatchingSolver.Solve(Instance, objective);

        Assert.Null(solution.Certificate.Verify(Instance, MatchingConstraints.None, solution));
    }

    [Fact]
    public void Certificate_with_a_tampered_price_is_rejected()
    {
        var solution = MatchingSolver.Solve(Instance, Objective.MaxScore);
        var original = solution.Certificate;
        var prices = original.MentorPrices.ToArray();
        prices[0] += original.Scale * 1_000;
        var tampered = new OptimalityCertificate(
            original.Objective, original.Scale, original.MenteePrices.ToArray(), prices, original.MentorSinkPrice, original.NullSinkPrice, null, null);

        Assert.NotNull(tampered.Verify(Instance, MatchingConstraints.None, solution));
    }

    [Fact]
    public void Certificate_checked_against_other_constraints_is_rejected()
    {
        var solution = MatchingSolver.Solve(Instance, Objective.MaxScore);
        var pinned = new MatchingConstraints([new MatchingPair(2, 0)], []);

        Assert.NotNull(solution.Certificate.Verify(Instance, pinned, solution));
    }
}
