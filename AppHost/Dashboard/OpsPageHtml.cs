using System.Globalization;
using System.Net;
using System.Text;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Dashboard;

/// <summary>The ops page's HTML: server-rendered, every value encoded, refreshing every two seconds.</summary>
public static class OpsPageHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
        table { border-collapse: collapse; } th, td { text-align: left; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }
        th { background: #f3f3f3; } .Healthy, .Running, .Finished { color: #16794c; }
        .Unhealthy, .FailedToStart, .Exited, .RuntimeUnhealthy { color: #b3261e; } .Waiting, .Starting, .Stopping { color: #8a6100; }
        pre { background: #111; color: #ddd; padding: 1rem; white-space: pre-wrap; font-size: .85rem; } .error { color: #ff8a80; }
        """;

    public static string Resources(IReadOnlyList<ResourceSnapshot> resources, IReadOnlyList<LogLine> appHostLines)
    {
        var html = Begin("Resources");
        html.Append("<h1>Resources</h1><table><tr><th>Name</th><th>Type</th><th>State</th><th>Health</th><th>URL</th><th>Started</th><th>Restarts</th><th>Exit code</th><th>PID</th><th>Detail</th></tr>");
        foreach (var r in resources)
        {
            html.Append("<tr>")
                .Append($"<td><a href=\"/resources/{Uri.EscapeDataString(r.Name)}\">{E(r.Name)}</a></td>")
                .Append($"<td>{E(r.Type)}</td>")
                .Append($"<td class=\"{r.State}\">{r.State}</td>")
                .Append($"<td class=\"{r.Health}\">{(r.Health == ResourceHealth.Unknown ? "" : r.Health.ToString())}</td>")
                .Append($"<td>{Link(r.Url)}</td>")
                .Append($"<td>{E(r.StartedAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture))}</td>")
                .Append($"<td>{r.Restarts}</td>")
                .Append($"<td>{r.ExitCode}</td>")
                .Append($"<td>{r.ProcessId}</td>")
                .Append($"<td>{E(r.Detail)}</td>")
                .Append("</tr>");
        }

        html.Append("</table><h2>AppHost</h2>");
        AppendLines(html, appHostLines);
        html.Append("<p>JSON: <a href=\"/api/resources\">/api/resources</a>, /api/resources/{name}/logs</p>");
        return End(html, scrollToEnd: false);
    }

    public static string Logs(ResourceSnapshot resource, IReadOnlyList<LogLine> lines)
    {
        var html = Begin($"{resource.Name} – console logs");
        html.Append($"<p><a href=\"/\">Resources</a></p><h1>{E(resource.Name)}</h1>")
            .Append($"<p>{E(resource.Type)} · <span class=\"{resource.State}\">{resource.State}</span>")
            .Append(resource.Health == ResourceHealth.Unknown ? "" : $" · <span class=\"{resource.Health}\">{resource.Health}</span>")
            .Append(resource.Url is null ? "" : $" · {Link(resource.Url)}")
            .Append($" · the last {lines.Count} lines</p>");
        AppendLines(html, lines);
        return End(html, scrollToEnd: true);
    }

    private static StringBuilder Begin(string title) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"2\">")
        .Append($"<title>{E(title)} · Mentorship AppHost</title><style>{Style}</style></head><body>");

    private static string End(StringBuilder html, bool scrollToEnd) => html
        .Append(scrollToEnd ? "<script>window.scrollTo(0, document.body.scrollHeight);</script>" : "")
        .Append("</body></html>")
        .ToString();

    private static void AppendLines(StringBuilder html, IReadOnlyList<LogLine> lines)
    {
        html.Append("<pre>");
        foreach (var line in lines)
        {
            var time = line.Timestamp.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            html.Append(line.IsError ? "<span class=\"error\">" : "<span>").Append(time).Append(' ').Append(E(line.Text)).Append("</span>\n");
        }

        html.Append("</pre>");
    }

    private static string Link(Uri? url) => url is null ? "" : $"<a href=\"{E(url.ToString())}\">{E(url.ToString().TrimEnd('/'))}</a>";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
