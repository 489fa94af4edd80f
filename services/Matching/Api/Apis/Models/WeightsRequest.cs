namespace Mentorship.Matching.Apis.Models;

/// <summary>The 8 criterion weights, each 0 to 10; all are required so nothing changes by omission.</summary>
public sealed record WeightsRequest(
    double? Geography,
    double? Sector,
    double? JobFunction,
    double? Background,
    double? Age,
    double? Language,
    double? Expectations,
    double? Hobbies);
