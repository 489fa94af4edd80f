using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;
using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// Each programme report as a file: the table of its figures (one row per dimension, benefit or measure,
/// header first) and the chart its PDF draws. Confidence intervals become two columns, low and high.
/// </summary>
public static class ReportDocuments
{
    public static ReportDocument Outcomes(OutcomesReport report, Programme programme, DateTimeOffset now)
    {
        List<IReadOnlyList<object?>> rows =
        [
            ["pairs formed", report.PairsFormed],
            ["active", report.Active],
            ["closed", report.Closed],
            ["positive exits", report.PositiveExits],
            ["negative exits", report.NegativeExits],
            .. report.ByOutcome.Select(o => (IReadOnlyList<object?>)[$"closed: {o.Outcome}", o.Count]),
            ["duration days: mean", report.DurationDays.Mean],
            ["duration days: median", report.DurationDays.Median],
            ["meetings per pair: mean", report.MeetingsPerPair.Mean],
            ["meetings per pair: median", report.MeetingsPerPair.Median],
            .. report.ResponseRates.SelectMany(r => new IReadOnlyList<object?>[]
            {
                [$"closure surveys sent: {r.Group}", r.Assigned],
                [$"closure surveys answered: {r.Group}", r.Completed],
                [$"response rate: {r.Group}", r.Rate],
            }),
        ];
        return Document("Outcomes", "outcomes", programme, now, new ExportTable("outcomes", ["measure", "value"], rows),
            new ReportChart("Closed pairs by outcome", report.ByOutcome.Select(o => new ChartBar(o.Outcome, o.Count)).ToList()));
    }

    public static ReportDocument Effects(EffectsReport report, Programme programme, DateTimeOffset now) =>
        Document("Effects", "effects", programme, now,
            new ExportTable("effects", ["dimension", "n", "mean", "sd", "t", "df", "p", "ci95 low", "ci95 high", "significant"],
                report.Dimensions.Select(d => (IReadOnlyList<object?>)[d.Dimension, d.N, d.Mean, d.Sd, d.T, d.Df, d.P, d.Ci95?[0], d.Ci95?[1], d.Significant]).ToList()),
            new ReportChart("Mean effect (-3..+3) with its 95 % confidence interval",
                report.Dimensions.Select(d => ChartBar.WithInterval(d.Dimension, d.Mean, d.Ci95)).ToList()));

    public static ReportDocument Benefits(BenefitsReport report, Programme programme, DateTimeOffset now) =>
        Document("Perceived benefits", "benefits", programme, now,
            new ExportTable("benefits", ["benefit", "label", "count", "share"],
                report.Benefits.Select(b => (IReadOnlyList<object?>)[b.Benefit, b.Label, b.Count, b.Share]).ToList()),
            new ReportChart($"Respondents choosing each benefit (of {report.Respondents})",
                report.Benefits.Select(b => new ChartBar(b.Label, b.Count)).ToList()));

    public static ReportDocument BeforeAfter(BeforeAfterReport report, Programme programme, DateTimeOffset now) =>
        Document($"Before and after ({report.Role}s)", $"before-after-{report.Role}", programme, now,
            new ExportTable("before-after",
                ["dimension", "n", "mean before", "mean after", "mean difference", "sd", "t", "df", "p", "ci95 low", "ci95 high", "significant"],
                report.Dimensions.Select(d => (IReadOnlyList<object?>)
                    [d.Dimension, d.N, d.MeanBefore, d.MeanAfter, d.MeanDifference, d.Sd, d.T, d.Df, d.P, d.Ci95?[0], d.Ci95?[1], d.Significant]).ToList()),
            new ReportChart("Mean change (after - before, 1..7 scale) with its 95 % confidence interval",
                report.Dimensions.Select(d => ChartBar.WithInterval(d.Dimension, d.MeanDifference, d.Ci95)).ToList()));

    public static ReportDocument CohortComparison(CohortComparisonReport report, Programme programme, Programme other, DateTimeOffset now) =>
        Document("Cohort comparison", "cohort-comparison", programme, now,
            new ExportTable("cohort-comparison",
                ["dimension", "n A", "mean A", "n B", "mean B", "difference", "t", "df", "p", "ci95 low", "ci95 high", "significant"],
                report.Dimensions.Select(d => (IReadOnlyList<object?>)
                    [d.Dimension, d.NA, d.MeanA, d.NB, d.MeanB, d.Difference, d.T, d.Df, d.P, d.Ci95?[0], d.Ci95?[1], d.Significant]).ToList()),
            new ReportChart($"Difference A - B in mean effect with its 95 % confidence interval (B: {Subject(other)})",
                report.Dimensions.Select(d => ChartBar.WithInterval(d.Dimension, d.Difference, d.Ci95)).ToList()));

    /// <summary>"ULB T'M 2026 (ULB)": the programme's name and institution as Evaluation last heard them, else its id.</summary>
    public static string Subject(Programme programme) =>
        (programme.Name, programme.Institution) switch
        {
            (null, null) => $"Programme {programme.Id}",
            (null, { } institution) => $"Programme {programme.Id} ({institution})",
            ({ } name, null) => name,
            ({ } name, { } institution) => $"{name} ({institution})",
        };

    private static ReportDocument Document(
        string title, string report, Programme programme, DateTimeOffset now, ExportTable table, ReportChart chart)
    {
        var subject = Subject(programme);
        return new ReportDocument(title, subject, now, table, [chart], ReportDownload.FileName(report, programme.Name ?? programme.Id.ToString(), now));
    }
}
