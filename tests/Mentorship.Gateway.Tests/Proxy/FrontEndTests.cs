using System.Net;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Proxy;

/// <summary>The web front end lives under /app; without its address the prefix does not exist and the API is untouched.</summary>
public sealed class FrontEndTests
{
    [Fact]
    public async Task Without_a_web_address_the_gateway_serves_the_api_and_no_app_route()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var gateway = GatewayFactory.Over(stubs.All.Where(stub => stub.Service != ResourceNames.Web));
        using var client = gateway.CreateClient();

        using var api = await client.SendAsync(GatewayFixture.Request(HttpMethod.Get, "/api/me/pairs", GatewayFixture.Token()));
        using var app = await client.GetAsync("/app/");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, app.StatusCode);
    }
}
