using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;
using Mentorship.Matching.Engine.Tests.Scoring;

namespace Mentorship.Matching.Engine.Tests.Rounds;

public class RoundPlannerTests
{
    private static readonly ParticipantProfile French = Profiles.Make(region: "BE-BRU", languages: ["fr"]);

    public static TheoryData<int, Objective> Seeds()
    {
        var data = new TheoryData<int, Objective>();
        for (var seed = 0; seed < 6; seed++)
        {
            data.Add(seed, Objective.MaxParticipation);
            data.Add(seed, Objective.MaxScore);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_is_the_optimum_of_every_pair_scored_one_by_one(int seed, Objective objective)
    {
        var request = RandomRounds.Create(new Random(100 + seed), 150, 50, objective);

        var plan = RoundPlanner.Plan(request);
        var reference = SolveEveryPair(request);

        Assert.Equal(reference.MatchedCount, plan.Stats.Matched);
        Assert.Equal(reference.TotalWeight, plan.Proposals.Sum(p => (long)ScoreFormula.ArcWeight(p.Score)));
    }

    [Fact]
    public void Proposal_lines_add_up_to_its_score()
    {
        var plan = RoundPlanner.Plan(RandomRounds.Create(new Random(12), 120, 40, Objective.MaxParticipation));

        Assert.NotEmpty(plan.Proposals);
        Assert.All(plan.Proposals, p =>
        {
            Assert.Equal(CriterionIds.All, p.Criteria.Select(c => c.Criterion));
            Assert.Equal(p.Score, p.Criteria.Sum(c => c.Contribution) + p.Adjustments.Sum(a => a.Points), 9);
        });
    }

    [Fact]
    public void Stats_account_for_every_candidate_pair()
    {
        var plan = RoundPlanner.Plan(RandomRounds.Create(new Random(13), 100, 30, Objective.MaxScore));

        Assert.Equal(100L * 30, plan.Stats.CandidatePairs);
        Assert.Equal(plan.Stats.CandidatePairs, plan.Stats.ExcludedPairs.Values.Sum() + plan.Stats.AllowedArcs);
    }

    [Fact]
    public void Pinned_pair_is_in_the_plan_even_against_a_better_one()
    {
        var mentee = Mentee(French with { Region = "BE-WLX" });
        var close = Mentor(French with { Region = "BE-WLX" });
        var far = Mentor(French with { Region = "BE-VWV" });
        var pin = new Appreciation(mentee.PersonId, far.PersonId, AppreciationKind.Pin, 0, "asked for each other");

        var plan = RoundPlanner.Plan(Request([mentee], [close, far], [pin]));

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal((far.PersonId, true), (proposal.MentorId, proposal.Pinned));
    }

    [Fact]
    public void Forbidden_declined_and_conflicting_mentors_are_never_proposed()
    {
        var mentee = Mentee(French);
        var forbidden = Mentor(French);
        var declined = Mentor(French);
        var conflicting = Mentor(French with { Conflicts = [new ConflictDeclaration(mentee.PersonId, "thesis-committee")] });
        var weaker = Mentor(French with { Region = "BE-WLX" });
        var request = Request(
            [mentee],
            [forbidden, declined, conflicting, weaker],
            [new Appreciation(mentee.PersonId, forbidden.PersonId, AppreciationKind.Forbid, 0, "no")]) with
        {
            DeclinedPairs = [new DeclinedPair(mentee.PersonId, declined.PersonId)],
        };

        var plan = RoundPlanner.Plan(request);

        Assert.Equal(weaker.PersonId, Assert.Single(plan.Proposals).MentorId);
    }

    [Fact]
    public void Mentor_gets_no_more_than_their_remaining_capacity()
    {
        var mentor = Mentor(French, capacity: 3, load: 1);
        var mentees = Enumerable.Range(0, 5).Select(_ => Mentee(French)).ToList();

        var plan = RoundPlanner.Plan(Request(mentees, [mentor]));

        Assert.Equal(2, plan.Proposals.Count);
        Assert.All(plan.Unmatched, u => Assert.Equal(UnmatchedReason.FeasibleMentorsFull, u.Reason));
    }

    [Fact]
    public void Mentee_without_feasible_mentor_says_which_constraints_excluded_them()
    {
        var mentee = Mentee(Profiles.Make(languages: ["de"]));
        var full = Mentor(Profiles.Make(languages: ["de"]), capacity: 1, load: 1);
        var capped = Mentor(Profiles.Make(languages: ["de"])) with { GlobalCap = 4, GlobalLoad = 4 };

        var plan = RoundPlanner.Plan(Request([mentee], [full, capped, Mentor(French), Mentor(French)]));

        var unmatched = Assert.Single(plan.Unmatched);
        Assert.Equal(UnmatchedReason.NoFeasibleMentor, unmatched.Reason);
        Assert.Equal(
            new Dictionary<string, int>
            {
                [ExclusionReason.MentorAtCapacity] = 1,
                [ExclusionReason.GlobalCapExceeded] = 1,
                [ExclusionReason.NoSharedLanguage] = 2,
            },
            unmatched.ExcludedMentors);
        Assert.Contains("2 share no language", unmatched.Explanation);
    }

    [Fact]
    public void Max_score_leaves_unmatched_a_mentee_whose_only_pairs_score_zero()
    {
        var request = Request([Mentee(French)], [Mentor(French)]) with
        {
            Weights = new CriterionWeights(0, 0, 0, 0, 0, 0, 0, 0),
            Objective = Objective.MaxScore,
        };

        var plan = RoundPlanner.Plan(request);

        Assert.Equal(UnmatchedReason.OnlyZeroScorePairs, Assert.Single(plan.Unmatched).Reason);
    }

    [Fact]
    public void Person_in_both_roles_is_never_their_own_mentor()
    {
        var id = Guid.NewGuid();
        var plan = RoundPlanner.Plan(Request([new Mentee(id, French)], [new Mentor(id, French, 1)]));

        Assert.Equal(UnmatchedReason.NoFeasibleMentor, Assert.Single(plan.Unmatched).Reason);
        Assert.Equal(1, plan.Stats.ExcludedPairs[ExclusionReason.SamePerson]);
    }

    [Fact]
    public void Impossible_pins_are_all_rejected_with_their_reasons()
    {
        var (a, b) = (Mentee(French), Mentee(French));
        var conflicting = Mentor(French with { Conflicts = [new ConflictDeclaration(a.PersonId, "line-manager")] });
        var single = Mentor(French, capacity: 1);
        var other = Mentor(French);
        Appreciation Pin(Mentee mentee, Mentor mentor) => new(mentee.PersonId, mentor.PersonId, AppreciationKind.Pin, 0, "wish");
        var stranger = new Appreciation(Guid.NewGuid(), single.PersonId, AppreciationKind.Pin, 0, "wish");

        var refused = Assert.Throws<PinsRejectedException>(() => RoundPlanner.Plan(Request(
            [a, b], [conflicting, single, other], [Pin(a, conflicting), Pin(a, single), Pin(b, single), Pin(a, other), stranger])));

        Assert.Equal(
            [[ExclusionReason.ConflictOfInterest], [RejectedPin.MentorOverCapacity], [RejectedPin.MenteePinnedTwice], [RejectedPin.UnknownParticipant]],
            refused.Rejected.Select(r => r.Reasons.ToArray()));
    }

    [Fact]
    public void Duplicate_participants_are_refused()
    {
        var mentee = Mentee(French);

        Assert.Throws<ArgumentException>(() => RoundPlanner.Plan(Request([mentee, mentee], [Mentor(French)])));
    }

    [Fact]
    public void Progress_goes_through_every_phase_in_order_and_completes_each()
    {
        var reports = new List<RoundProgress>();
        var progress = new Recorder(reports);

        RoundPlanner.Plan(RandomRounds.Create(new Random(14), 80, 20, Objective.MaxParticipation), progress);

        Assert.Equal(Enum.GetValues<RoundPhase>(), reports.Select(r => r.Phase).Distinct());
        Assert.True(reports.Select(r => (int)r.Phase).Zip(reports.Skip(1).Select(r => (int)r.Phase)).All(p => p.First <= p.Second));
        Assert.All(Enum.GetValues<RoundPhase>(), phase => Assert.Equal(1, reports.Last(r => r.Phase == phase).Fraction));
    }

    [Fact]
    public void Cancelled_planning_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            RoundPlanner.Plan(RandomRounds.Create(new Random(15), 2_000, 100, Objective.MaxScore), cancellationToken: cancelled.Token));
    }

    private static MatchingSolution SolveEveryPair(RoundRequest request)
    {
        var arcs = new List<MatchingArc>();
        var declined = request.DeclinedPairs.Select(d => (d.MenteeId, d.MentorId)).ToHashSet();
        for (var i = 0; i < request.Mentees.Count; i++)
        {
            for (var j = 0; j < request.Mentors.Count; j++)
            {
                var (mentee, mentor) = (request.Mentees[i], request.Mentors[j]);
                var pair = request.Appreciations.Where(a => a.MenteeId == mentee.PersonId && a.MentorId == mentor.PersonId).ToList();
                var forbidden = pair.Any(a => a.Kind == AppreciationKind.Forbid);
                if (HardConstraints.Violations(mentee, mentor, declined.Contains((mentee.PersonId, mentor.PersonId)), forbidden).Count == 0)
                {
                    arcs.Add(new MatchingArc(i, j, PairScorer.Score(mentee.Profile, mentor.Profile, request.Weights, pair).ArcWeight));
                }
            }
        }

        var instance = MatchingInstance.Create(request.Mentees.Count, request.Mentors.Select(m => m.RemainingCapacity).ToArray(), arcs);
        return MatchingSolver.Solve(instance, request.Objective);
    }

    private static RoundRequest Request(IReadOnlyList<Mentee> mentees, IReadOnlyList<Mentor> mentors, IReadOnlyList<Appreciation>? appreciations = null) =>
        new(CriterionWeights.Equal, mentees, mentors, appreciations ?? [], []);

    private static Mentee Mentee(ParticipantProfile profile) => new(Guid.NewGuid(), profile);

    private static Mentor Mentor(ParticipantProfile profile, int capacity = 2, int load = 0) => new(Guid.NewGuid(), profile, capacity, load);

    private sealed class Recorder(List<RoundProgress> reports) : IProgress<RoundProgress>
    {
        public void Report(RoundProgress value) => reports.Add(value);
    }
}
