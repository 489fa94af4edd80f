namespace Mentorship.Enrollment.Apis.Models;

/// <summary>Weights of the 8 criteria, 0 to 10; a criterion left out keeps the template's weight.</summary>
public sealed record WeightsInput(
    double? Geography,
    double? Sector,
    double? JobFunction,
    double? Background,
    double? Age,
    double? Language,
    double? Expectations,
    double? Hobbies);
