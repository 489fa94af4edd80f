using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Solves a capacitated matching instance exactly for either objective, honouring pins and
/// forbids. See <see cref="CostScalingSolver"/> for the algorithm and <see cref="OptimalityCertificate"/>
/// for how anyone can check the result.
/// </summary>
public static class MatchingSolver
{
    /// <param name="progress">Told the fraction done, in [0, 1], after each scaling phase.</param>
    /// <exception cref="UnsatisfiablePinsException">A pin cannot be honoured; nothing is solved.</exception>
    public static MatchingSolution Solve(
        MatchingInstance instance,
        Objective objective,
        MatchingConstraints? constraints = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        constraints ??= MatchingConstraints.None;
        var problem = ReducedProblem.Build(instance, constraints, out var pinnedMentor);
        var scale = OptimalityCertificate.ScaleFor(instance);
        GuardPriceRange(scale, problem.MaxWeight);
        int? matchedTarget = null;
        bool[]? coverMentee = null;
        bool[]? coverMentor = null;
        if (objective == Objective.MaxParticipation)
        {
            var (size, menteeCover, mentorCover) = MaximumCardinality.Compute(problem);
            matchedTarget = size;
            coverMentee = menteeCover;
            coverMentor = mentorCover;
        }

        var solver = new CostScalingSolver(problem, scale, matchedTarget);
        solver.Solve(progress, cancellationToken);
        return Assemble(instance, problem, pinnedMentor, solver, scale, objective, coverMentee, coverMentor);
    }

    /// <summary>
    /// Cost scaling moves a price by at most about 3·N·ε per phase, so by less than N·C overall
    /// (C = Scale · max weight, N &lt; Scale nodes). Refusing instances where Scale² · max weight
    /// could reach a quarter of the 64-bit range keeps every price and reduced cost exact. That
    /// allows about 1.5 million participants, fifteen times the platform's design scale.
    /// </summary>
    private static void GuardPriceRange(long scale, int maxWeight)
    {
        if ((double)scale * scale * Math.Max(1, maxWeight) > long.MaxValue / 4.0)
        {
            throw new ArgumentException($"an instance with {scale - 3} participants is too large for exact 64-bit prices");
        }
    }

    private static MatchingSolution Assemble(
        MatchingInstance instance,
        ReducedProblem problem,
        int[] pinnedMentor,
        CostScalingSolver solver,
        long scale,
        Objective objective,
        bool[]? coverMentee,
        bool[]? coverMentor)
    {
        var mentorOf = (int[])pinnedMentor.Clone();
        var menteePrices = new long[instance.MenteeCount];
        Array.Fill(menteePrices, solver.NullSinkPrice);
        var certificateCoverMentee = coverMentee is null ? null : new bool[instance.MenteeCount];
        for (var local = 0; local < problem.MenteeCount; local++)
        {
            var original = problem.OriginalMentee[local];
            var target = solver.Target[local];
            mentorOf[original] = target >= 0 ? target : -1;
            menteePrices[original] = solver.MenteePrices[local];
            if (certificateCoverMentee is not null)
            {
                certificateCoverMentee[original] = coverMentee![local];
            }
        }

        var mentorPrices = solver.MentorPrices.ToArray();
        var load = new int[instance.MentorCount];
        foreach (var local in solver.Target)
        {
            if (local >= 0)
            {
                load[local]++;
            }
        }

        for (var j = 0; j < mentorPrices.Length; j++)
        {
            if (problem.Capacity[j] == 0)
            {
                // No arc reaches this mentor in the reduced problem: it is priced out of every arc.
                mentorPrices[j] = OptimalityCertificate.PricedOut;
            }
        }

        long total = 0;
        for (var i = 0; i < mentorOf.Length; i++)
        {
            if (mentorOf[i] >= 0)
            {
                total += instance.WeightOf(i, mentorOf[i])!.Value;
            }
        }

        var certificate = new OptimalityCertificate(
            objective, scale, menteePrices, mentorPrices, solver.MentorSinkPrice, solver.NullSinkPrice, certificateCoverMentee, coverMentor);
        return new MatchingSolution(mentorOf, total, certificate, solver.Counters);
    }
}
