namespace Mentorship.Enrollment.Domain;

/// <summary>Weights of the 8 matching criteria, each 0 to 10; 0 switches a criterion off.</summary>
public sealed record MatchingWeights(
    double Geography,
    double Sector,
    double JobFunction,
    double Background,
    double Age,
    double Language,
    double Expectations,
    double Hobbies)
{
    public const double Maximum = 10;
}
