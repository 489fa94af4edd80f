namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>Welch's two-sample test: counts and means of both groups, difference A - B, t, Welch–Satterthwaite df, p and the 95 % interval of the difference.</summary>
public sealed record WelchTTestResult(
    int NA,
    double? MeanA,
    int NB,
    double? MeanB,
    double? Difference,
    double? T,
    double? Df,
    double? P,
    IReadOnlyList<double>? Ci95,
    bool Significant);
