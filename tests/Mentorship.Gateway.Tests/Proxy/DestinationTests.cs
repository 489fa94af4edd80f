using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Proxy;

public sealed class DestinationTests
{
    [Fact]
    public async Task Requests_are_shared_between_the_replicas_of_a_service()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var second = await StubService.StartAsync(ResourceNames.Enrollment, instance: "enrollment-2");
        await using var gateway = GatewayFactory.Over([.. stubs.All, second]);
        using var client = gateway.CreateClient();
        var token = GatewayFixture.Token();

        var instances = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            using var request = GatewayFixture.Request(HttpMethod.Get, "/api/programme-templates", token);
            using var response = await client.SendAsync(request);
            instances.Add((await response.Content.ReadFromJsonAsync<StubEcho>())!.Instance);
        }

        Assert.Equal(["enrollment", "enrollment-2"], instances.Order());
    }

    [Fact]
    public async Task The_gateway_does_not_start_without_an_address_for_every_service()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var gateway = GatewayFactory.Over(stubs.All.Where(stub => stub.Service != ResourceNames.Evaluation));

        var failure = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());

        Assert.Contains("services__evaluation__http__0", failure.ToString());
    }

    [Fact]
    public async Task A_service_that_is_down_is_reported_as_a_bad_gateway_problem()
    {
        await using var stubs = await StubServices.StartAsync();
        await stubs.All.Single(stub => stub.Service == ResourceNames.Evaluation).DisposeAsync();
        await using var gateway = GatewayFactory.Over(stubs.All);
        using var client = gateway.CreateClient();

        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/surveys", GatewayFixture.Token());

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
