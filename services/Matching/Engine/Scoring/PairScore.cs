namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// A pair's score in [0, 100] with its explanation: the contributions of <see cref="Criteria"/> plus
/// the points of <see cref="Adjustments"/> add up to <see cref="Total"/>.
/// </summary>
public sealed record PairScore(double Total, IReadOnlyList<CriterionScore> Criteria, IReadOnlyList<ScoreAdjustment> Adjustments)
{
    /// <summary>The solver's integer weight: the score times 10,000, rounded (0 to 1,000,000).</summary>
    public int ArcWeight => ScoreFormula.ArcWeight(Total);
}
