namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// Every programme of one template (T'M: one per university) in one row per institution, and the
/// federation total. Rows the caller may not see are left out; the total always counts every programme.
/// </summary>
public sealed record RollupReport(
    string Template,
    int MinimumRespondents,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<RollupRow> Rows,
    RollupRow Total);
