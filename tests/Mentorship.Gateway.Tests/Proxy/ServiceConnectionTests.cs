using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Proxy;

public sealed class ServiceConnectionTests
{
    [Fact]
    public async Task Requests_reach_a_service_over_one_kept_alive_http_1_1_connection()
    {
        await using var stubs = await StubServices.StartAsync();
        await using var gateway = GatewayFactory.Over(stubs.All);
        using var client = gateway.CreateClient();
        var token = GatewayFixture.Token();

        var seen = new List<StubEcho>();
        for (var i = 0; i < 5; i++)
        {
            using var request = GatewayFixture.Request(HttpMethod.Get, "/api/programme-templates", token);
            using var response = await client.SendAsync(request);
            seen.Add((await response.Content.ReadFromJsonAsync<StubEcho>())!);
        }

        Assert.All(seen, echo => Assert.Equal((ResourceNames.Enrollment, "HTTP/1.1"), (echo.Service, echo.Protocol)));
        Assert.Single(seen.Select(echo => echo.ConnectionId).Distinct());
    }
}
