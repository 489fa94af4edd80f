using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Gateway.Tests.Apis;

/// <summary>The gateway as deployed: Production, trusting an OpenID Connect authority.</summary>
public sealed class ProductionTests : IAsyncLifetime
{
    private StubServices stubs = null!;
    private GatewayFactory gateway = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        stubs = await StubServices.StartAsync();
        gateway = GatewayFactory.Over(stubs.All, Environments.Production, new Dictionary<string, string?>
        {
            ["Identity:Authority"] = "https://login.mentorship.example",
        });
        client = gateway.CreateClient();
    }

    [Fact]
    public async Task There_is_no_development_token_endpoint()
    {
        using var response = await client.PostAsJsonAsync("/dev/token", new { sub = Guid.NewGuid(), name = "Eve", roles = new[] { "ops" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_request_is_refused_before_any_service()
    {
        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/pairs");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(stubs.AnyReceived(request.Headers.GetValues(StubService.ProbeHeader).Single()));
    }

    [Fact]
    public async Task The_api_reference_is_still_served()
    {
        using var response = await client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await gateway.DisposeAsync();
        await stubs.DisposeAsync();
    }
}
