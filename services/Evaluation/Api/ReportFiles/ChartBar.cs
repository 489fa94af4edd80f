namespace Mentorship.Evaluation.ReportFiles;

/// <summary>One bar of a report chart; Low and High, when given, draw its 95 % confidence interval. No value: nothing to draw (say, suppressed).</summary>
public sealed record ChartBar(string Label, double? Value, double? Low = null, double? High = null)
{
    public static ChartBar WithInterval(string label, double? value, IReadOnlyList<double>? ci95) =>
        new(label, value, ci95?[0], ci95?[1]);
}
