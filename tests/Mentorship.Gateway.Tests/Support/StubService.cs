using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.Gateway.Tests.Support;

/// <summary>
/// Stands in for one replica of a service: Kestrel on a free local port, validating bearer tokens
/// as the services do (AddPlatformAuthentication in Development), answering every request with
/// what it received, /health with a chosen status, /openapi/v1.json with a small document, and
/// WebSocket requests with its name and path.
/// </summary>
public sealed class StubService : IAsyncDisposable
{
    public const string ProbeHeader = "X-Test-Probe";

    private readonly ConcurrentQueue<StubEcho> received = new();
    private WebApplication? app;
    private int healthProbes;

    private StubService(string service, string instance, int healthStatus)
    {
        Service = service;
        Instance = instance;
        HealthStatus = healthStatus;
    }

    public string Service { get; }

    public string Instance { get; }

    public int HealthStatus { get; }

    public Uri Address { get; private set; } = null!;

    public IReadOnlyCollection<StubEcho> Received => received;

    public int HealthProbes => Volatile.Read(ref healthProbes);

    public static async Task<StubService> StartAsync(string service, string? instance = null, int healthStatus = StatusCodes.Status200OK)
    {
        var stub = new StubService(service, instance ?? service, healthStatus);
        await stub.StartAsync();
        return stub;
    }

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddPlatformAuthentication();

        app = builder.Build();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();

        // Anonymous: the stub reports what arrived, the gateway is the one that must refuse.
        app.MapGet("/health", Health).AllowAnonymous();
        app.MapGet("/openapi/v1.json", OpenApiDocument).AllowAnonymous();
        app.Map("/{**path}", EchoAsync).AllowAnonymous();
        await app.StartAsync();
        Address = new Uri(app.Urls.Single());
    }

    private IResult Health()
    {
        Interlocked.Increment(ref healthProbes);
        return Results.Text(HealthStatus < 400 ? "Healthy" : "Unhealthy", statusCode: HealthStatus);
    }

    /// <summary>Lists the host it was asked on as its server, as Microsoft.AspNetCore.OpenApi does.</summary>
    private IResult OpenApiDocument(HttpRequest request) => Results.Json(new
    {
        openapi = "3.1.1",
        info = new { title = Service, version = "v1" },
        servers = new[] { new { url = $"{request.Scheme}://{request.Host}" } },
        paths = new { },
    });

    private async Task EchoAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.WebSockets.IsWebSocketRequest)
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var greeting = Encoding.UTF8.GetBytes($"{Service} {request.Path}");
            await socket.SendAsync(greeting, WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", context.RequestAborted);
            return;
        }

        var bodyLength = 0L;
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            bodyLength += read;

        var echo = new StubEcho(
            Service,
            Instance,
            request.Method,
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.Authorization.FirstOrDefault(),
            context.User.Identity?.IsAuthenticated == true,
            context.User.FindFirst(PlatformClaims.Subject)?.Value,
            request.Headers["traceparent"].FirstOrDefault(),
            request.Headers["X-Forwarded-Host"].FirstOrDefault(),
            request.Headers["X-Forwarded-Proto"].FirstOrDefault(),
            request.Headers[ProbeHeader].FirstOrDefault(),
            bodyLength,
            request.Protocol,
            context.Connection.Id);
        received.Enqueue(echo);
        await context.Response.WriteAsJsonAsync(echo, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is null)
            return;
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }
}
