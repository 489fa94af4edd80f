using System.Diagnostics;
using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Plans a matching round end to end: hard constraints and language index, scoring of the surviving
/// pairs, the exact solver, explanations. Also re-matches mentees returned to matching against the
/// mentors' remaining capacity, leaving published pairs untouched. Stateless and thread-safe.
/// </summary>
public static class RoundPlanner
{
    /// <exception cref="PinsRejectedException">A pin cannot be honoured; no plan is made.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent (duplicate ids, weights or points out of range...).</exception>
    public static RoundPlan Plan(RoundRequest request, IProgress<RoundProgress>? progress = null, CancellationToken cancellationToken = default) =>
        PlanWithDetails(request, progress, cancellationToken).Plan;

    /// <summary>
    /// Proposes new mentors for the returned mentees with the same scoring and solver, on what is
    /// left: mentors' room is their capacity minus their current load, which counts published pairs.
    /// </summary>
    public static RematchPlan Rematch(RematchRequest request, IProgress<RoundProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.AlternativesPerMentee);
        var round = new RoundRequest(request.Weights, request.ReturnedMentees, request.Mentors, request.Appreciations, request.DeclinedPairs, request.Objective);
        var (plan, context, instance, solution) = PlanWithDetails(round, progress, cancellationToken);
        return new RematchPlan(plan, Alternatives(context, instance, solution, request.AlternativesPerMentee));
    }

    private static (RoundPlan Plan, RoundContext Context, MatchingInstance Instance, MatchingSolution Solution) PlanWithDetails(
        RoundRequest request, IProgress<RoundProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Weights.Validate();
        progress?.Report(new RoundProgress(RoundPhase.Indexing, 0));
        var clock = Stopwatch.StartNew();
        var context = new RoundContext(request.Weights, request.Mentees, request.Mentors, request.Appreciations, request.DeclinedPairs);
        var constraints = PinResolver.Resolve(context, request.Appreciations, request.DeclinedPairs);
        progress?.Report(new RoundProgress(RoundPhase.Indexing, 1));
        var indexMs = Lap(clock);

        var (instance, scored, excluded) = RoundInstanceBuilder.Build(context, progress, cancellationToken);
        var scoreMs = Lap(clock);

        var solverProgress = progress is null ? null : new PhaseProgress(progress, RoundPhase.Solving);
        var solution = MatchingSolver.Solve(instance, request.Objective, constraints, solverProgress, cancellationToken);
        var solveMs = Lap(clock);

        var (proposals, unmatched) = RoundExplainer.Explain(context, instance, solution, constraints, progress, cancellationToken);
        var explainMs = Lap(clock);

        var stats = new RoundStats(
            request.Objective,
            request.Mentees.Count,
            request.Mentors.Count,
            (long)request.Mentees.Count * request.Mentors.Count,
            scored,
            instance.ArcCount,
            excluded,
            solution.MatchedCount,
            proposals.Sum(p => p.Score),
            indexMs,
            scoreMs,
            solveMs,
            explainMs);
        return (new RoundPlan(proposals, unmatched, stats), context, instance, solution);
    }

    /// <summary>For each mentee, feasible mentors other than the proposed one who still have room after the plan, best first.</summary>
    private static Dictionary<Guid, IReadOnlyList<AlternativeMentor>> Alternatives(RoundContext context, MatchingInstance instance, MatchingSolution solution, int perMentee)
    {
        var room = instance.Capacities.ToArray();
        foreach (var pair in solution.Pairs())
        {
            room[pair.Mentor]--;
        }

        var alternatives = new Dictionary<Guid, IReadOnlyList<AlternativeMentor>>();
        for (var i = 0; i < instance.MenteeCount; i++)
        {
            var mentors = instance.MentorsOf(i).ToArray();
            var weights = instance.WeightsOf(i).ToArray();
            alternatives[context.Mentees[i].PersonId] = Enumerable.Range(0, mentors.Length)
                .Where(k => mentors[k] != solution.MentorOf[i] && room[mentors[k]] > 0)
                .OrderByDescending(k => weights[k])
                .ThenBy(k => mentors[k])
                .Take(perMentee)
                .Select(k => new AlternativeMentor(context.Mentors[mentors[k]].PersonId, context.AdjustedScore(i, mentors[k])))
                .ToList();
        }

        return alternatives;
    }

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
