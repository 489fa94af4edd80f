using System.Net;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Proxy;

/// <summary>Deployments do not run the identity service yet: without its address the gateway runs without its routes.</summary>
public sealed class OptionalIdentityTests
{
    [Fact]
    public async Task Without_an_identity_address_the_gateway_serves_the_domain_services_and_no_identity_route()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var gateway = GatewayFactory.Over(stubs.All.Where(stub => stub.Service != ResourceNames.Identity));
        using var client = gateway.CreateClient();

        using var domain = await client.SendAsync(GatewayFixture.Request(HttpMethod.Get, "/api/me/pairs", GatewayFixture.Token()));
        using var discovery = await client.GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, domain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, discovery.StatusCode);
    }
}
