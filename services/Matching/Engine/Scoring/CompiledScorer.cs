namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// Scores a pair from compiled profiles: the same values and formula as <see cref="PairScorer"/>
/// without building a single string, fast enough for millions of candidate pairs.
/// </summary>
internal sealed class CompiledScorer(CompiledProfiles mentees, CompiledProfiles mentors, double[] factors)
{
    private readonly int _provinceCount = BelgianProvinces.Codes.Count;

    /// <summary>The pair's score before coordinator points.</summary>
    public double Score(int mentee, int mentor)
    {
        Span<double> values = stackalloc double[ScoreFormula.CriterionCount];
        values[0] = CriterionValues.Geography(Hops(mentees.Region[mentee], mentors.Region[mentor]));
        values[1] = Overlap(mentees.Sectors, mentors.Sectors, mentee, mentor);
        var job = mentees.JobFunction[mentee];
        var otherJob = mentors.JobFunction[mentor];
        values[2] = CriterionValues.Same(job >= 0 && otherJob >= 0, job == otherJob);
        values[3] = Overlap(mentees.Background, mentors.Background, mentee, mentor);
        var age = mentees.Age[mentee];
        var otherAge = mentors.Age[mentor];
        values[4] = CriterionValues.Age(age is null || otherAge is null ? null : otherAge.Value - age.Value);
        values[5] = Coverage(mentees.Languages, mentors.Languages, mentee, mentor);
        values[6] = Coverage(mentees.Expectations, mentors.Expectations, mentee, mentor);
        values[7] = Overlap(mentees.Hobbies, mentors.Hobbies, mentee, mentor);
        return ScoreFormula.Total(factors, values);
    }

    private int? Hops(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return null;
        }

        if (a == b)
        {
            return 0;
        }

        return a < _provinceCount && b < _provinceCount ? BelgianProvinces.HopsBetween(a, b) : null;
    }

    private static double Overlap(CodeSetColumn a, CodeSetColumn b, int rowA, int rowB)
    {
        var countA = a.Count(rowA);
        var countB = b.Count(rowB);
        return countA == 0 || countB == 0 ? CriterionValues.Neutral : CriterionValues.Overlap(a.Shared(rowA, b, rowB), countA, countB);
    }

    private static double Coverage(CodeSetColumn a, CodeSetColumn b, int rowA, int rowB)
    {
        var countA = a.Count(rowA);
        var countB = b.Count(rowB);
        return countA == 0 || countB == 0 ? CriterionValues.Neutral : CriterionValues.Coverage(a.Shared(rowA, b, rowB), countA, countB);
    }
}
