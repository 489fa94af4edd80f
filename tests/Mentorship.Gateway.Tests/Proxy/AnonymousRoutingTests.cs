using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;

namespace Mentorship.Gateway.Tests.Proxy;

public sealed class AnonymousRoutingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [MemberData(nameof(PublicRoutes.Anonymous), MemberType = typeof(PublicRoutes))]
    public async Task Each_sign_in_and_protocol_route_reaches_its_service_without_a_token(string method, string pathAndQuery, string service)
    {
        using var request = GatewayFixture.Request(new HttpMethod(method), pathAndQuery);
        if (method == "POST")
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" });

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.Equal(service, echo!.Service);
        Assert.Equal(pathAndQuery, echo.Path + echo.Query);
        // The issuer and redirects are built from the host and scheme the client used.
        Assert.Equal(gateway.Client.BaseAddress!.Authority, echo.ForwardedHost);
    }
}
