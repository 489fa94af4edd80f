using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Mentorship.Gateway.Health;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Health;

/// <summary>
/// Each test starts its own stubs and gateway: the gateway caches the system's health for a moment. The
/// probes get a generous timeout (a stub on a loaded test machine can take over the default 2 s to
/// answer), except in the test of the timeout itself.
/// </summary>
public sealed class SystemHealthTests
{
    private static readonly Dictionary<string, string?> GenerousProbes = new() { ["SystemHealth:ProbeTimeout"] = "00:00:30" };

    private sealed record SystemHealthBody(string Status, Dictionary<string, string> Services);

    private static async Task<(HttpStatusCode Status, SystemHealthBody Body)> GetHealthAsync(
        IEnumerable<StubService> replicas, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await using var gateway = GatewayFactory.Over(replicas, extra: settings ?? GenerousProbes);
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync("/health");
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<SystemHealthBody>())!);
    }

    [Fact]
    public async Task The_system_is_healthy_when_every_service_is()
    {
        await using var stubs = await StubServices.StartAsync();

        var (status, body) = await GetHealthAsync(stubs.All);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.Status);
        Assert.Equal(StubServices.Routed.Order(), body.Services.Keys.Order());
        Assert.All(body.Services.Values, service => Assert.Equal("Healthy", service));
    }

    [Fact]
    public async Task A_service_answering_503_makes_the_system_unhealthy_and_is_named()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var failing = await StubService.StartAsync(ResourceNames.Matching, healthStatus: 503);

        var (status, body) = await GetHealthAsync([.. stubs.All.Where(stub => stub.Service != ResourceNames.Matching), failing]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.Status);
        Assert.Equal("Unhealthy", body.Services[ResourceNames.Matching]);
        Assert.All(body.Services.Where(s => s.Key != ResourceNames.Matching), s => Assert.Equal("Healthy", s.Value));
    }

    [Fact]
    public async Task A_service_that_is_down_makes_the_system_unhealthy_and_is_named()
    {
        await using var stubs = await StubServices.StartAsync();
        await stubs.All.Single(stub => stub.Service == ResourceNames.Evaluation).DisposeAsync();

        var (status, body) = await GetHealthAsync(stubs.All);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.Services[ResourceNames.Evaluation]);
        Assert.Equal("Healthy", body.Services[ResourceNames.Enrollment]);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_within_the_probe_timeout_makes_the_system_unhealthy_and_is_named()
    {
        await using var stubs = await StubServices.StartAsync();
        // Accepts connections (the kernel does, from its backlog) and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var settings = new Dictionary<string, string?>
        {
            ["SystemHealth:ProbeTimeout"] = "00:00:00.5",
            [$"services:{ResourceNames.Evaluation}:http:0"] = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/",
        };

        var (status, body) = await GetHealthAsync(stubs.All.Where(stub => stub.Service != ResourceNames.Evaluation), settings);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.Services[ResourceNames.Evaluation]);
    }

    [Fact]
    public async Task A_service_with_one_replica_down_is_degraded()
    {
        await using var stubs = await StubServices.StartAsync();
        var down = await StubService.StartAsync(ResourceNames.Pairing, instance: "pairing-2");
        await down.DisposeAsync();

        var (status, body) = await GetHealthAsync([.. stubs.All, down]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Degraded", body.Services[ResourceNames.Pairing]);
    }

    [Fact]
    public async Task Alive_answers_for_the_gateway_process_alone()
    {
        await using var stubs = await StubServices.StartAsync();
        await stubs.All[0].DisposeAsync();
        await using var gateway = GatewayFactory.Over(stubs.All);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_services_are_asked_at_most_once_per_cache_lifetime()
    {
        await using var stubs = await StubServices.StartAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var gateway = GatewayFactory.Over(stubs.All, extra: GenerousProbes, clock: clock);
        using var client = gateway.CreateClient();

        var burst = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GetStatusAsync(client)));
        var again = await GetStatusAsync(client);
        Assert.All(burst.Append(again), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(stubs.All, stub => Assert.Equal(1, stub.HealthProbes));

        clock.Advance(SystemHealthCache.Lifetime);
        await GetStatusAsync(client);

        Assert.All(stubs.All, stub => Assert.Equal(2, stub.HealthProbes));
    }

    private static async Task<HttpStatusCode> GetStatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        return response.StatusCode;
    }
}
