using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Solving;

public class SolverEdgeCaseTests
{
    public static TheoryData<Objective> Objectives() => [Objective.MaxParticipation, Objective.MaxScore];

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Instance_without_allowed_pairs_matches_no_one(Objective objective)
    {
        var instance = MatchingInstance.Create(3, [2, 2], []);

        var solution = Solve(instance, objective);

        Assert.Equal(0, solution.MatchedCount);
        Assert.All(solution.MentorOf.ToArray(), m => Assert.Equal(-1, m));
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Empty_instance_solves_to_nothing(Objective objective)
    {
        var solution = Solve(InstanceReader.Parse("0 0 0\n"), objective);

        Assert.Equal((0, 0L), (solution.MatchedCount, solution.TotalWeight));
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Mentors_with_zero_capacity_take_no_one(Objective objective)
    {
        var instance = MatchingInstance.Create(2, [0, 0], [new(0, 0, 10), new(1, 1, 20), new(0, 1, 5)]);

        Assert.Equal(0, Solve(instance, objective).MatchedCount);
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void More_capacity_than_mentees_gives_every_mentee_its_best_mentor(Objective objective)
    {
        var instance = MatchingInstance.Create(3, [10, 10], [new(0, 0, 5), new(0, 1, 9), new(1, 0, 8), new(1, 1, 2), new(2, 1, 7)]);

        var solution = Solve(instance, objective);

        Assert.Equal([1, 0, 1], solution.MentorOf.ToArray());
        Assert.Equal(24, solution.TotalWeight);
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Single_mentee_takes_its_heaviest_arc(Objective objective)
    {
        var instance = MatchingInstance.Create(1, [1, 1, 1], [new(0, 0, 3), new(0, 1, 1_000_000), new(0, 2, 999_999)]);

        var solution = Solve(instance, objective);

        Assert.Equal(1, solution.MentorOf[0]);
        Assert.Equal(1_000_000, solution.TotalWeight);
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Mentor_with_capacity_above_the_mentee_count_takes_them_all(Objective objective)
    {
        var instance = MatchingInstance.Create(4, [int.MaxValue], Enumerable.Range(0, 4).Select(i => new MatchingArc(i, 0, 100 * i)).ToList());

        var solution = Solve(instance, objective);

        Assert.Equal(objective == Objective.MaxScore ? 3 : 4, solution.MatchedCount);
        Assert.Equal(600, solution.TotalWeight);
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Maximum_weights_everywhere_do_not_overflow(Objective objective)
    {
        const int mentees = 3_000;
        var arcs = new List<MatchingArc>();
        for (var i = 0; i < mentees; i++)
        {
            for (var k = 0; k < 6; k++)
            {
                arcs.Add(new MatchingArc(i, (i * 7 + k * 13) % 500, MatchingInstance.MaxWeight));
            }
        }

        var instance = MatchingInstance.Create(mentees, Enumerable.Repeat(5, 500).ToArray(), arcs);

        var solution = Solve(instance, objective);

        Assert.Equal(2_500, solution.MatchedCount);
        Assert.Equal(2_500L * MatchingInstance.MaxWeight, solution.TotalWeight);
    }

    [Fact]
    public void Max_participation_gives_up_weight_to_match_one_more_mentee()
    {
        // Mentee 0 alone scores 10 with mentor 0; sharing the mentors matches both for 2.
        var instance = MatchingInstance.Create(2, [1, 1], [new(0, 0, 10), new(0, 1, 1), new(1, 0, 1)]);

        var participation = Solve(instance, Objective.MaxParticipation);
        var score = Solve(instance, Objective.MaxScore);

        Assert.Equal((2, 2L), (participation.MatchedCount, participation.TotalWeight));
        Assert.Equal((1, 10L), (score.MatchedCount, score.TotalWeight));
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Pinned_pair_is_always_in_the_result(Objective objective)
    {
        var instance = MatchingInstance.Create(2, [1, 1], [new(0, 0, 100), new(1, 0, 90), new(1, 1, 1)]);
        var pins = new MatchingConstraints([new MatchingPair(1, 0)], []);

        var solution = MatchingSolver.Solve(instance, objective, pins);

        Assert.Equal(0, solution.MentorOf[1]);
        Assert.Equal(-1, solution.MentorOf[0]);
        Assert.Null(solution.Certificate.Verify(instance, pins, solution));
    }

    [Theory]
    [MemberData(nameof(Objectives))]
    public void Forbidden_pair_is_never_in_the_result(Objective objective)
    {
        var instance = MatchingInstance.Create(1, [1, 1], [new(0, 0, 100), new(0, 1, 1)]);
        var forbid = new MatchingConstraints([], [new MatchingPair(0, 0)]);

        var solution = MatchingSolver.Solve(instance, objective, forbid);

        Assert.Equal(1, solution.MentorOf[0]);
        Assert.Null(solution.Certificate.Verify(instance, forbid, solution));
    }

    [Fact]
    public void Pin_on_a_pair_without_arc_is_refused()
    {
        var problem = RefusedPin(MatchingInstance.Create(1, [1, 1], [new(0, 0, 1)]), [new(0, 1)], []);

        Assert.Equal(PinProblemReason.PairNotAllowed, problem.Reason);
    }

    [Fact]
    public void Pin_on_a_forbidden_pair_is_refused()
    {
        var problem = RefusedPin(MatchingInstance.Create(1, [1], [new(0, 0, 1)]), [new(0, 0)], [new(0, 0)]);

        Assert.Equal(PinProblemReason.PairForbidden, problem.Reason);
    }

    [Fact]
    public void Mentee_pinned_to_two_mentors_is_refused()
    {
        var problem = RefusedPin(MatchingInstance.Create(1, [1, 1], [new(0, 0, 1), new(0, 1, 1)]), [new(0, 0), new(0, 1)], []);

        Assert.Equal((new MatchingPair(0, 1), PinProblemReason.MenteePinnedTwice), (problem.Pair, problem.Reason));
    }

    [Fact]
    public void Mentor_pinned_beyond_capacity_is_refused()
    {
        var problem = RefusedPin(MatchingInstance.Create(2, [1], [new(0, 0, 1), new(1, 0, 1)]), [new(0, 0), new(1, 0)], []);

        Assert.Equal((new MatchingPair(1, 0), PinProblemReason.MentorOverCapacity), (problem.Pair, problem.Reason));
    }

    [Fact]
    public void Every_impossible_pin_is_reported_not_only_the_first()
    {
        var instance = MatchingInstance.Create(3, [1, 1], [new(0, 0, 1), new(1, 0, 1)]);

        var refused = Assert.Throws<UnsatisfiablePinsException>(() =>
            MatchingSolver.Solve(instance, Objective.MaxScore, new MatchingConstraints([new(0, 0), new(1, 0), new(2, 1)], [])));

        Assert.Equal(2, refused.Problems.Count);
    }

    private static PinProblem RefusedPin(MatchingInstance instance, MatchingPair[] pins, MatchingPair[] forbids)
    {
        var refused = Assert.Throws<UnsatisfiablePinsException>(() =>
            MatchingSolver.Solve(instance, Objective.MaxParticipation, new MatchingConstraints(pins, forbids)));
        return Assert.Single(refused.Problems);
    }

    private static MatchingSolution Solve(MatchingInstance instance, Objective objective)
    {
        var solution = MatchingSolver.Solve(instance, objective);
        Assert.Null(solution.Certificate.Verify(instance, MatchingConstraints.None, solution));
        return solution;
    }
}
