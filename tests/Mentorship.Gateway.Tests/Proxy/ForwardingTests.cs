using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;

namespace Mentorship.Gateway.Tests.Proxy;

public sealed class ForwardingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Programme = "3f2a1c4e-8b7d-4e21-9a0b-5c6d7e8f9a01";
    private const int TwoMegabytes = 2 * 1024 * 1024;

    [Fact]
    public async Task A_file_import_may_carry_megabytes()
    {
        using var request = GatewayFixture.Request(HttpMethod.Post, $"/api/programmes/{Programme}/applications/import", GatewayFixture.Token());
        request.Content = new ByteArrayContent(new byte[TwoMegabytes]);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.Equal(TwoMegabytes, echo!.BodyLength);
    }

    [Fact]
    public async Task A_json_request_of_megabytes_is_refused_as_too_large()
    {
        using var request = GatewayFixture.Request(HttpMethod.Post, $"/api/programmes/{Programme}/applications", GatewayFixture.Token());
        request.Content = new ByteArrayContent(new byte[TwoMegabytes]);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_trace_context_flows_to_the_service()
    {
        using var caller = new Activity("caller").SetIdFormat(ActivityIdFormat.W3C).Start();
        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/surveys", GatewayFixture.Token());

        using var response = await gateway.Client.SendAsync(request);

        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        var received = ActivityContext.Parse(echo!.TraceParent!, traceState: null);
        Assert.Equal(caller.TraceId, received.TraceId);
    }

    [Fact]
    public async Task The_service_learns_the_host_and_scheme_the_caller_used()
    {
        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/unread", GatewayFixture.Token());

        using var response = await gateway.Client.SendAsync(request);

        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.Equal(gateway.Client.BaseAddress!.Authority, echo!.ForwardedHost);
        Assert.Equal("http", echo.ForwardedProto);
    }

    [Theory]
    [InlineData("/api/not-a-route")]
    [InlineData("/dev/nothing")]
    [InlineData("/hubs/unknown")]
    public async Task An_unknown_path_is_a_404_for_everyone_and_reaches_no_service(string path)
    {
        using var anonymous = GatewayFixture.Request(HttpMethod.Get, path);
        using var authenticated = GatewayFixture.Request(HttpMethod.Get, path, GatewayFixture.Token());

        using var anonymousResponse = await gateway.Client.SendAsync(anonymous);
        using var authenticatedResponse = await gateway.Client.SendAsync(authenticated);

        Assert.Equal(HttpStatusCode.NotFound, anonymousResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, authenticatedResponse.StatusCode);
        Assert.Equal("application/problem+json", authenticatedResponse.Content.Headers.ContentType?.MediaType);
        Assert.False(gateway.Stubs.AnyReceived(authenticated.Headers.GetValues(StubService.ProbeHeader).Single()));
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_by_the_gateway()
    {
        using var request = GatewayFixture.Request(HttpMethod.Options, "/api/me/notifications");
        request.Headers.Add("Origin", GatewayFixture.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");

        using var response = await gateway.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(GatewayFixture.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(gateway.Stubs.AnyReceived(request.Headers.GetValues(StubService.ProbeHeader).Single()));
    }

    [Fact]
    public async Task An_origin_not_configured_gets_no_cors_permission()
    {
        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/notifications", GatewayFixture.Token());
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
