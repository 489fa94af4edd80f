using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Independent check of a solution and its <see cref="OptimalityCertificate"/>: feasibility, the
/// reported totals, reduced costs of every residual arc, and for max-participation the vertex cover.
/// Deliberately shares no code with the solver.
/// </summary>
internal static class CertificateVerifier
{
    private const long Epsilon = 1;

    public static string? Verify(MatchingInstance instance, MatchingConstraints constraints, MatchingSolution solution, OptimalityCertificate certificate)
    {
        var n = instance.MenteeCount;
        var m = instance.MentorCount;
        var mentorOf = solution.MentorOf;
        if (mentorOf.Length != n || certificate.MenteePrices.Length != n || certificate.MentorPrices.Length != m)
        {
            return "sizes do not match the instance";
        }

        if (certificate.Scale <= (long)n + m + 2)
        {
            return $"scale {certificate.Scale} does not exceed the node count";
        }

        var forbidden = constraints.Forbids.ToHashSet();
        var pinned = new bool[n];
        var capacityLeft = instance.Capacities.ToArray();
        foreach (var pin in constraints.Pins.Distinct())
        {
            if (mentorOf[pin.Mentee] != pin.Mentor)
            {
                return $"pin ({pin.Mentee}, {pin.Mentor}) is not in the solution";
            }

            pinned[pin.Mentee] = true;
            capacityLeft[pin.Mentor]--;
        }

        var load = new int[m];
        long total = 0;
        var matched = 0;
        for (var i = 0; i < n; i++)
        {
            if (mentorOf[i] < 0)
            {
                continue;
            }

            var weight = instance.WeightOf(i, mentorOf[i]);
            if (weight is null || forbidden.Contains(new MatchingPair(i, mentorOf[i])))
            {
                return $"pair ({i}, {mentorOf[i]}) is not allowed";
            }

            total += weight.Value;
            matched++;
            if (!pinned[i])
            {
                load[mentorOf[i]]++;
            }
        }

        if (total != solution.TotalWeight || matched != solution.MatchedCount)
        {
            return "reported totals differ from the pairs";
        }

        for (var j = 0; j < m; j++)
        {
            if (load[j] > capacityLeft[j])
            {
                return $"mentor {j} is over capacity";
            }
        }

        return CheckReducedCosts(instance, certificate, forbidden, pinned, capacityLeft, load, mentorOf)
            ?? (certificate.Objective == Objective.MaxParticipation
                ? CheckCover(instance, certificate, forbidden, pinned, capacityLeft, load.Sum())
                : null);
    }

    private static string? CheckReducedCosts(
        MatchingInstance instance,
        OptimalityCertificate certificate,
        HashSet<MatchingPair> forbidden,
        bool[] pinned,
        int[] capacityLeft,
        int[] load,
        ReadOnlySpan<int> mentorOf)
    {
        var scale = certificate.Scale;
        var menteePrice = certificate.MenteePrices;
        var mentorPrice = certificate.MentorPrices;
        var nullSink = certificate.NullSinkPrice;
        var mentorSink = certificate.MentorSinkPrice;
        if (certificate.Objective == Objective.MaxScore && nullSink != mentorSink)
        {
            return "max-score has a single sink, priced once";
        }

        for (var i = 0; i < instance.MenteeCount; i++)
        {
            if (pinned[i])
            {
                continue;
            }

            var mentors = instance.MentorsOf(i);
            var weights = instance.WeightsOf(i);
            for (var k = 0; k < mentors.Length; k++)
            {
                var j = mentors[k];
                if (capacityLeft[j] <= 0 || forbidden.Contains(new MatchingPair(i, j)))
                {
                    continue;
                }

                var cost = -scale * weights[k];
                var reduced = j == mentorOf[i]
                    ? -cost + mentorPrice[j] - menteePrice[i]
                    : cost + menteePrice[i] - mentorPrice[j];
                if (reduced < -Epsilon)
                {
                    return $"arc ({i}, {j}) has reduced cost {reduced}";
                }
            }

            var nullReduced = mentorOf[i] < 0 ? nullSink - menteePrice[i] : menteePrice[i] - nullSink;
            if (nullReduced < -Epsilon)
            {
                return $"null arc of mentee {i} has reduced cost {nullReduced}";
            }
        }

        for (var j = 0; j < instance.MentorCount; j++)
        {
            if (load[j] < capacityLeft[j] && mentorPrice[j] - mentorSink < -Epsilon)
            {
                return $"mentor {j} has room but its sink arc has reduced cost {mentorPrice[j] - mentorSink}";
            }

            if (load[j] > 0 && mentorSink - mentorPrice[j] < -Epsilon)
            {
                return $"mentor {j} forwards flow whose reverse arc has reduced cost {mentorSink - mentorPrice[j]}";
            }
        }

        return null;
    }

    private static string? CheckCover(
        MatchingInstance instance,
        OptimalityCertificate certificate,
        HashSet<MatchingPair> forbidden,
        bool[] pinned,
        int[] capacityLeft,
        int matched)
    {
        var coverMentee = certificate.CoverMentees;
        var coverMentor = certificate.CoverMentors;
        if (coverMentee.Length != instance.MenteeCount || coverMentor.Length != instance.MentorCount)
        {
            return "max-participation needs a vertex cover";
        }

        long size = 0;
        for (var i = 0; i < instance.MenteeCount; i++)
        {
            if (pinned[i])
            {
                continue;
            }

            if (coverMentee[i])
            {
                size++;
                continue;
            }

            foreach (var j in instance.MentorsOf(i))
            {
                if (capacityLeft[j] > 0 && !coverMentor[j] && !forbidden.Contains(new MatchingPair(i, j)))
                {
                    return $"arc ({i}, {j}) is not covered";
                }
            }
        }

        for (var j = 0; j < instance.MentorCount; j++)
        {
            if (coverMentor[j])
            {
                size += Math.Max(0, capacityLeft[j]);
            }
        }

        return size == matched ? null : $"cover of size {size} does not prove {matched} matched is maximum";
    }
}
