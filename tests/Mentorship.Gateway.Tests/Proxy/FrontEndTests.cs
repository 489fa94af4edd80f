using System.Net;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Proxy;

/// <summary>The web front end lives under /app; the site's root opens it, and without its address neither exists.</summary>
public sealed class FrontEndTests
{
    [Fact]
    public async Task The_root_opens_the_front_end()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var gateway = GatewayFactory.Over(stubs.All);
        using var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_a_web_address_the_gateway_serves_the_api_and_neither_the_root_nor_app()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var gateway = GatewayFactory.Over(stubs.All.Where(stub => stub.Service != ResourceNames.Web));
        using var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        using var api = await client.SendAsync(GatewayFixture.Request(HttpMethod.Get, "/api/me/pairs", GatewayFixture.Token()));
        using var root = await client.GetAsync("/");
        using var app = await client.GetAsync("/app/");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, app.StatusCode);
    }
}
