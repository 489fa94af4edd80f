namespace Mentorship.Enrollment.Contracts;

/// <summary>Weights of the 8 matching criteria, each in [0, 10].</summary>
public sealed record CriterionWeights(
    double Geography,
    double Sector,
    double JobFunction,
    double Background,
    double Age,
    double Language,
    double Expectations,
    double Hobbies);
