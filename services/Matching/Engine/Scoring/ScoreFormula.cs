namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// score = Σ contribution_i, contribution_i = factor_i · value_i with factor_i = 100 · w_i / Σ w
/// (0 when all weights are 0); coordinator points are then added and the result clamped to [0, 100].
/// Both scorers compute through here, in the same order, so their doubles are identical.
/// </summary>
internal static class ScoreFormula
{
    public const int CriterionCount = 8;

    public static double[] Factors(CriterionWeights weights)
    {
        weights.Validate();
        var w = weights.InCriterionOrder();
        var sum = w.Sum();
        return w.Select(x => sum == 0 ? 0 : 100 * x / sum).ToArray();
    }

    public static double Total(ReadOnlySpan<double> factors, ReadOnlySpan<double> values)
    {
        var total = 0.0;
        for (var c = 0; c < CriterionCount; c++)
        {
            total += factors[c] * values[c];
        }

        return total;
    }

    public static double Adjust(double total, double bonus, double malus) => Math.Clamp(total + bonus - malus, 0, 100);

    /// <summary>The solver's integer weight: score · 10,000 rounded, so 0 to 1,000,000.</summary>
    public static int ArcWeight(double score) =>
        (int)Math.Clamp(Math.Round(score * 10_000, MidpointRounding.AwayFromZero), 0, 1_000_000);
}
