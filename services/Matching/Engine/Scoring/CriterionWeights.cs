namespace Mentorship.Matching.Engine.Scoring;

/// <summary>A programme's weight for each criterion, each in [0, 10].</summary>
public sealed record CriterionWeights(
    double Geography,
    double Sector,
    double JobFunction,
    double Background,
    double Age,
    double Language,
    double Expectations,
    double Hobbies)
{
    public const double MaxWeight = 10;

    public static CriterionWeights Equal { get; } = new(1, 1, 1, 1, 1, 1, 1, 1);

    /// <summary>The weights in the order of <see cref="CriterionIds.All"/>.</summary>
    public double[] InCriterionOrder() => [Geography, Sector, JobFunction, Background, Age, Language, Expectations, Hobbies];

    /// <exception cref="ArgumentOutOfRangeException">A weight is outside [0, 10] or not a number.</exception>
    public void Validate()
    {
        var weights = InCriterionOrder();
        for (var c = 0; c < weights.Length; c++)
        {
            if (!(weights[c] >= 0 && weights[c] <= MaxWeight))
            {
                throw new ArgumentOutOfRangeException(CriterionIds.All[c], weights[c], $"the weight of {CriterionIds.All[c]} must be in [0, {MaxWeight}]");
            }
        }
    }
}
