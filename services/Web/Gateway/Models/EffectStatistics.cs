namespace Mentorship.Web.Gateway.Models;

/// <summary>A one-sample two-sided t-test of one effect dimension against 0; the figures are null when too few answered.</summary>
public sealed record EffectStatistics(
    string Dimension,
    int N,
    double? Mean,
    double? Sd,
    double? T,
    int? Df,
    double? P,
    IReadOnlyList<double>? Ci95,
    bool Significant);
