using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mentorship.AppHost.Networking;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Dashboard;

/// <summary>
/// What Aspire's dashboard shows on its Resources and Console-logs pages, served on localhost by the
/// AppHost's own Kestrel: HTML for people (refreshing itself) and JSON for scripts.
/// </summary>
public sealed class OpsPage : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly WebApplication _app;

    private OpsPage(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Serves the page on the preferred port when free, else on any free one (0: any).</summary>
    public static async Task<OpsPage> StartAsync(int preferredPort, IReadOnlyList<Resource> resources, ResourceLog appHostLog, CancellationToken cancellationToken)
    {
        var port = FreePorts.Prefer(preferredPort);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();

        Resource? Find(string name) => resources.FirstOrDefault(r => r.Name == name);
        IReadOnlyList<ResourceSnapshot> Snapshots() => [.. resources.Select(r => r.ToSnapshot())];

        app.MapGet("/", () => Results.Content(OpsPageHtml.Resources(Snapshots(), appHostLog.Lines(last: 20)), "text/html; charset=utf-8"));
        app.MapGet("/resources/{name}", (string name) => Find(name) is { } resource
            ? Results.Content(OpsPageHtml.Logs(resource.ToSnapshot(), resource.Log.Lines()), "text/html; charset=utf-8")
            : Results.NotFound());
        app.MapGet("/api/resources", () => Results.Json(Snapshots(), Json));
        app.MapGet("/api/resources/{name}/logs", (string name) => Find(name) is { } resource
            ? Results.Json(new { resource.Name, Lines = resource.Log.Lines() }, Json)
            : Results.NotFound());

        await app.StartAsync(cancellationToken);
        return new OpsPage(app, new Uri($"http://localhost:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
