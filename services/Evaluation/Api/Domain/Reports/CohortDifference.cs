using System.Text.Json.Serialization;
using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// Welch's test of one closure effect dimension between programme A (the route's) and programme B ("with").
/// The counts are named "nA" and "nB" explicitly: camel-casing "NA" would give "na".
/// </summary>
public sealed record CohortDifference(
    string Dimension,
    [property: JsonPropertyName("nA")] int NA,
    double? MeanA,
    [property: JsonPropertyName("nB")] int NB,
    double? MeanB,
    double? Difference,
    double? T,
    double? Df,
    double? P,
    IReadOnlyList<double>? Ci95,
    bool Significant)
{
    public static CohortDifference From(string dimension, WelchTTestResult test) =>
        new(dimension, test.NA, test.MeanA, test.NB, test.MeanB, test.Difference, test.T, test.Df, test.P, test.Ci95, test.Significant);
}
