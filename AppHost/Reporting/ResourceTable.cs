using System.Globalization;
using System.Text;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Reporting;

/// <summary>The Resources table as plain text.</summary>
public static class ResourceTable
{
    private static readonly string[] Headers = ["Resource", "Type", "State", "Health", "URL", "PID", "Detail"];

    public static string Render(IEnumerable<ResourceSnapshot> resources)
    {
        var rows = resources.Select(r => new[]
        {
            r.Name,
            r.Type,
            r.ExitCode is { } code && r.State is ResourceState.Exited or ResourceState.Finished ? $"{r.State} ({code})" : r.State.ToString(),
            r.Health == ResourceHealth.Unknown ? "" : r.Health.ToString(),
            r.Url?.ToString().TrimEnd('/') ?? "",
            r.ProcessId?.ToString(CultureInfo.InvariantCulture) ?? "",
            r.Detail ?? "",
        }).ToList();
        var widths = Headers.Select((header, i) => rows.Select(row => row[i].Length).Append(header.Length).Max()).ToArray();

        var text = new StringBuilder();
        AppendRow(text, Headers, widths);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in rows)
            AppendRow(text, row, widths);
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths) =>
        text.AppendLine(string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
}
