namespace Mentorship.Evaluation.ReportFiles;

/// <summary>A horizontal bar chart printed under a report's table in its PDF.</summary>
public sealed record ReportChart(string Title, IReadOnlyList<ChartBar> Bars);
