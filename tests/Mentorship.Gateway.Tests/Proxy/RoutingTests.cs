using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;

namespace Mentorship.Gateway.Tests.Proxy;

public sealed class RoutingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [MemberData(nameof(PublicRoutes.All), MemberType = typeof(PublicRoutes))]
    public async Task Each_public_route_reaches_its_service_with_path_and_token_unchanged(string method, string pathAndQuery, string service)
    {
        var token = GatewayFixture.Token();
        using var request = GatewayFixture.Request(new HttpMethod(method), pathAndQuery, token);
        if (method is "POST" or "PUT")
            request.Content = JsonContent.Create(new { note = "forwarded as is" });

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.NotNull(echo);
        Assert.Equal(service, echo.Service);
        Assert.Equal(method, echo.Method);
        Assert.Equal(pathAndQuery, echo.Path + echo.Query);
        Assert.Equal($"Bearer {token}", echo.Authorization);
    }

    [Theory]
    [MemberData(nameof(PublicRoutes.All), MemberType = typeof(PublicRoutes))]
    public async Task Each_public_route_refuses_an_anonymous_caller_before_any_service(string method, string pathAndQuery, string service)
    {
        using var request = GatewayFixture.Request(new HttpMethod(method), pathAndQuery);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(gateway.Stubs.AnyReceived(request.Headers.GetValues(StubService.ProbeHeader).Single()), $"{service} was reached");
    }

    [Fact]
    public async Task The_unsubscribe_link_of_a_mail_reaches_messaging_without_a_token()
    {
        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/mail/unsubscribe?token=abc");

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.Equal((Mentorship.ServiceDefaults.Hosting.ResourceNames.Messaging, "/api/mail/unsubscribe?token=abc"), (echo!.Service, echo.Path + echo.Query));
    }
}
