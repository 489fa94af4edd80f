using Mentorship.Evaluation.Domain.Reports;
using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// The roll-up as a file: one line per institution and the federation total last; withheld effects are
/// empty cells. Its PDF charts the pairs formed and, per dimension, each row's pooled mean effect with its CI.
/// </summary>
public static class RollupDocument
{
    public const string TotalLabel = "Federation total";
    public const string NoInstitution = "(no institution)";

    public static ReportDocument Build(RollupReport report, DateTimeOffset now)
    {
        var outcomes = report.Total.ByOutcome.Select(o => o.Outcome).ToList();
        List<string> columns =
        [
            "institution", "programmes", "pairs formed", "active", "closed", "positive exits", "negative exits",
            .. outcomes.Select(o => $"closed: {o}"),
            "duration days median", "meetings", "meetings per pair median", "response rate", "respondents", "effects suppressed",
            .. report.Dimensions.SelectMany(d => new[] { $"{d} n", $"{d} mean", $"{d} ci95 low", $"{d} ci95 high" }),
        ];
        var lines = report.Rows.Select(r => (Label: r.Institution ?? NoInstitution, Row: r)).Append((Label: TotalLabel, Row: report.Total)).ToList();
        var table = new ExportTable("rollup", columns, lines.Select(l => Line(l.Label, l.Row, outcomes)).ToList());
        List<ReportChart> charts =
        [
            new("Pairs formed", lines.Select(l => new ChartBar(l.Label, l.Row.PairsFormed)).ToList()),
            .. report.Dimensions.Select(d => new ReportChart(
                $"{d}: mean effect (-3..+3) with its 95 % confidence interval (withheld under {report.MinimumRespondents} respondents)",
                lines.Select(l => (l.Label, Effect: l.Row.Effects.Single(e => e.Dimension == d)))
                    .Select(l => ChartBar.WithInterval(l.Label, l.Effect.Mean, l.Effect.Ci95)).ToList())),
        ];
        var subject = $"All {report.Template} programmes: {report.Rows.Count} institution rows, the total over every programme";
        return new ReportDocument($"Roll-up: {report.Template}", subject, now, table, charts, ReportDownload.FileName("rollup", report.Template, now));
    }

    private static IReadOnlyList<object?> Line(string label, RollupRow row, List<string> outcomes) =>
    [
        label, row.Programmes, row.PairsFormed, row.Active, row.Closed, row.PositiveExits, row.NegativeExits,
        .. outcomes.Select(o => (object?)(row.ByOutcome.FirstOrDefault(c => c.Outcome == o)?.Count ?? 0)),
        row.DurationDays.Median, row.Meetings, row.MeetingsPerPair.Median, row.ResponseRates.Single(r => r.Group == "all").Rate, row.Respondents, row.Suppressed,
        .. row.Effects.SelectMany(e => new object?[] { e.N, e.Mean, e.Ci95?[0], e.Ci95?[1] }),
    ];
}
