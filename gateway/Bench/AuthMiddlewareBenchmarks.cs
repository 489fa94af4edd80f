using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Mentorship.Gateway.Bench;

/// <summary>
/// A whole request in process (TestServer, no socket): the gateway's authentication and authorization
/// middleware with its fallback policy (a token required), in front of an endpoint that answers at once
/// instead of proxying. An anonymous endpoint gives the pipeline's own cost; with a token minus that is
/// what validation adds per request; without a token is the 401 the gateway answers before any service.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AuthMiddlewareBenchmarks
{
    private WebApplication app = null!;
    private HttpClient client = null!;
    private AuthenticationHeaderValue bearer = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        BenchAuthority.AddGatewayAuthentication(builder);
        app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/api/bench", () => Results.Ok());
        app.MapGet("/health/bench", () => Results.Ok()).AllowAnonymous();
        await app.StartAsync();
        client = app.GetTestClient();
        bearer = new AuthenticationHeaderValue("Bearer", BenchAuthority.AccessToken());
        if (await WithToken() != 200 || await WithoutToken() != 401 || await Anonymous() != 200)
            throw new InvalidOperationException("The bench app does not answer as the gateway would.");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await app.DisposeAsync();

    [Benchmark(Baseline = true, Description = "anonymous endpoint (pipeline only)")]
    public Task<int> Anonymous() => SendAsync("/health/bench", null);

    [Benchmark(Description = "with a valid token: 200")]
    public Task<int> WithToken() => SendAsync("/api/bench", bearer);

    [Benchmark(Description = "without a token: 401")]
    public Task<int> WithoutToken() => SendAsync("/api/bench", null);

    private async Task<int> SendAsync(string path, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
