using Mentorship.Web.Gateway.Models;
using ScottPlot;

namespace Mentorship.Web.Reports;

/// <summary>
/// The reports' charts, drawn on the server as SVG by ScottPlot: no script in the browser, and the same
/// figures are always given beside them as a table (the charts' text alternative).
/// </summary>
public static class ReportCharts
{
    public const int Width = 640;
    public const int Height = 320;

    /// <summary>Each dimension's mean with its 95 % confidence interval, against the line of no effect (0).</summary>
    public static string EffectsSvg(IReadOnlyList<EffectStatistics> dimensions, Func<string, string> label, string axisLabel)
    {
        var tested = dimensions.Where(d => d is { Mean: not null, Ci95.Count: 2 }).ToList();
        var plot = new Plot();
        var positions = tested.Select((_, i) => (double)i).ToArray();
        var means = tested.Select(d => d.Mean!.Value).ToArray();
        var errors = plot.Add.ErrorBar(positions, means, tested.Select(d => d.Mean!.Value - d.Ci95![0]).ToArray());
        errors.YErrorPositive = tested.Select(d => d.Ci95![1] - d.Mean!.Value).ToArray();
        plot.Add.Markers(positions, means);
        plot.Add.HorizontalLine(0);
        plot.Axes.Bottom.SetTicks(positions, [.. tested.Select(d => label(d.Dimension))]);
        plot.Axes.SetLimitsX(-0.5, Math.Max(0.5, tested.Count - 0.5));
        plot.YLabel(axisLabel);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>How many respondents chose each benefit they chose, one bar each, the most chosen on top (labels read across).</summary>
    public static string BenefitsSvg(IReadOnlyList<BenefitFrequency> benefits, string axisLabel)
    {
        var chosen = Chosen(benefits);
        var plot = new Plot();
        var positions = chosen.Select((_, i) => (double)(chosen.Count - 1 - i)).ToArray();
        var bars = plot.Add.Bars(positions, chosen.Select(b => (double)b.Count).ToArray());
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(positions, [.. chosen.Select(b => b.Label)]);
        plot.Axes.Margins(left: 0);
        // Respondents are counted in whole numbers.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.XLabel(axisLabel);
        return plot.GetSvgXml(Width, BenefitsHeight(benefits));
    }

    /// <summary>The benefits chart's height: room for each chosen benefit's bar and label.</summary>
    public static int BenefitsHeight(IReadOnlyList<BenefitFrequency> benefits) => 80 + (32 * Math.Max(1, Chosen(benefits).Count));

    public static bool HasChosen(IReadOnlyList<BenefitFrequency> benefits) => benefits.Any(b => b.Count > 0);

    private static List<BenefitFrequency> Chosen(IReadOnlyList<BenefitFrequency> benefits) => [.. benefits.Where(b => b.Count > 0)];

    /// <summary>An SVG as an image source, so that the page shows it as one image with its alternative text.</summary>
    public static string DataUri(string svg) => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
}
