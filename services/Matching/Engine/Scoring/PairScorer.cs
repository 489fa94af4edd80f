namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// Scores one mentee-mentor pair on the 8 criteria and explains each value in a short English
/// sentence. Used for the proposals a coordinator reviews; the round planner scores the millions of
/// candidate pairs with <see cref="CompiledScorer"/>, which gives the same numbers.
/// </summary>
public static class PairScorer
{
    public static PairScore Score(
        ParticipantProfile mentee,
        ParticipantProfile mentor,
        CriterionWeights weights,
        IReadOnlyList<Appreciation>? appreciations = null)
    {
        var factors = ScoreFormula.Factors(weights);
        var w = weights.InCriterionOrder();
        (double Value, string Reason)[] criteria =
        [
            Geography(mentee.Region, mentor.Region),
            Overlapping(mentee.Sectors, mentor.Sectors, "sector", "sectors", "sector"),
            JobFunction(mentee.JobFunction, mentor.JobFunction),
            Overlapping(mentee.Background, mentor.Background, "background", "background", "background"),
            Age(mentee.Age, mentor.Age),
            Language(mentee.Languages, mentor.Languages),
            Expectations(mentee.Expectations, mentor.Expectations),
            Overlapping(mentee.Hobbies, mentor.Hobbies, "hobby", "hobbies", "hobbies"),
        ];

        var values = criteria.Select(c => c.Value).ToArray();
        var lines = new CriterionScore[ScoreFormula.CriterionCount];
        for (var c = 0; c < lines.Length; c++)
        {
            lines[c] = new CriterionScore(CriterionIds.All[c], w[c], values[c], factors[c] * values[c], criteria[c].Reason);
        }

        var total = ScoreFormula.Total(factors, values);
        var adjustments = new List<ScoreAdjustment>();
        var bonus = 0.0;
        var malus = 0.0;
        foreach (var appreciation in appreciations ?? [])
        {
            if (appreciation.Kind == AppreciationKind.Bonus)
            {
                bonus += appreciation.Points;
                adjustments.Add(new ScoreAdjustment(AppreciationKind.Bonus, appreciation.Points, $"coordinator: {appreciation.Reason}"));
            }
            else if (appreciation.Kind == AppreciationKind.Malus)
            {
                malus += appreciation.Points;
                adjustments.Add(new ScoreAdjustment(AppreciationKind.Malus, -appreciation.Points, $"coordinator: {appreciation.Reason}"));
            }
        }

        var final = ScoreFormula.Adjust(total, bonus, malus);
        var unclamped = total + bonus - malus;
        if (final != unclamped)
        {
            adjustments.Add(new ScoreAdjustment(ScoreAdjustment.Clamp, final - unclamped, final == 0 ? "score cannot go below 0" : "score cannot exceed 100"));
        }

        return new PairScore(final, lines, adjustments);
    }

    private static (double, string) Geography(string? mentee, string? mentor)
    {
        if (Missing(mentee) || Missing(mentor))
        {
            return (CriterionValues.Neutral, $"region unknown for {Who(Missing(mentee), Missing(mentor))}");
        }

        mentee = mentee!.Trim();
        mentor = mentor!.Trim();
        var hops = string.Equals(mentee, mentor, StringComparison.OrdinalIgnoreCase) ? 0 : BelgianProvinces.Distance(mentee, mentor);
        var reason = hops switch
        {
            0 => $"both in {mentee}",
            1 => $"neighbouring provinces {mentee} and {mentor}",
            2 => $"{mentee} and {mentor} are two provinces apart",
            null => $"no distance known between {mentee} and {mentor}",
            _ => $"{mentee} and {mentor} are far apart ({hops} provinces away)",
        };
        return (CriterionValues.Geography(hops), reason);
    }

    private static (double, string) JobFunction(string? mentee, string? mentor)
    {
        var known = !Missing(mentee) && !Missing(mentor);
        var equal = known && string.Equals(mentee!.Trim(), mentor!.Trim(), StringComparison.OrdinalIgnoreCase);
        var reason = !known ? $"job function unknown for {Who(Missing(mentee), Missing(mentor))}"
            : equal ? $"same job function: {mentee}"
            : $"different job functions: {mentee} and {mentor}";
        return (CriterionValues.Same(known, equal), reason);
    }

    private static (double, string) Age(int? mentee, int? mentor)
    {
        if (mentee is null || mentor is null)
        {
            return (CriterionValues.Neutral, $"age unknown for {Who(mentee is null, mentor is null)}");
        }

        var olderBy = mentor.Value - mentee.Value;
        var reason = olderBy switch
        {
            0 => "same age",
            > 0 => $"mentor {olderBy} {Years(olderBy)} older",
            _ => $"mentor {-olderBy} {Years(-olderBy)} younger",
        };
        return (CriterionValues.Age(olderBy), reason);
    }

    private static (double, string) Overlapping(IReadOnlyList<string> mentee, IReadOnlyList<string> mentor, string one, string many, string topic)
    {
        var a = Codes(mentee);
        var b = Codes(mentor);
        if (a.Count == 0 || b.Count == 0)
        {
            return (CriterionValues.Neutral, $"{topic} unknown for {Who(a.Count == 0, b.Count == 0)}");
        }

        var shared = Shared(a, b);
        var reason = shared.Count == 0 ? $"no {one} in common" : $"shared {(shared.Count == 1 ? one : many)}: {string.Join(", ", shared)}";
        return (CriterionValues.Overlap(shared.Count, a.Count, b.Count), reason);
    }

    private static (double, string) Language(IReadOnlyList<string> mentee, IReadOnlyList<string> mentor)
    {
        var a = Codes(mentee);
        var b = Codes(mentor);
        if (a.Count == 0 || b.Count == 0)
        {
            return (CriterionValues.Neutral, $"languages unknown for {Who(a.Count == 0, b.Count == 0)}");
        }

        var shared = Shared(a, b);
        var reason = shared.Count == 0 ? "no language in common"
            : shared.Count == a.Count ? $"both speak {string.Join(", ", shared)}"
            : $"both speak {string.Join(", ", shared)} ({shared.Count} of the mentee's {a.Count} languages)";
        return (CriterionValues.Coverage(shared.Count, a.Count, b.Count), reason);
    }

    private static (double, string) Expectations(IReadOnlyList<string> mentee, IReadOnlyList<string> mentor)
    {
        var wanted = Codes(mentee);
        var offered = Codes(mentor);
        if (wanted.Count == 0)
        {
            return (CriterionValues.Neutral, "mentee stated no expectations");
        }

        if (offered.Count == 0)
        {
            return (CriterionValues.Neutral, "mentor's offer unknown");
        }

        var met = Shared(wanted, offered);
        var reason = met.Count == 0
            ? $"none of {wanted.Count} {(wanted.Count == 1 ? "expectation" : "expectations")} met"
            : $"{met.Count} of {wanted.Count} {(wanted.Count == 1 ? "expectation" : "expectations")} met: {string.Join(", ", met)}";
        return (CriterionValues.Coverage(met.Count, wanted.Count, offered.Count), reason);
    }

    private static bool Missing(string? code) => string.IsNullOrWhiteSpace(code);

    private static string Who(bool menteeMissing, bool mentorMissing) =>
        menteeMissing && mentorMissing ? "both" : menteeMissing ? "mentee" : "mentor";

    private static string Years(int years) => years == 1 ? "year" : "years";

    /// <summary>Distinct codes in the order given, compared without case, blanks dropped.</summary>
    internal static List<string> Codes(IReadOnlyList<string> codes) =>
        codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Codes of <paramref name="first"/> also in <paramref name="second"/>, in the first list's order.</summary>
    private static List<string> Shared(List<string> first, List<string> second)
    {
        var other = second.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return first.Where(other.Contains).ToList();
    }
}
