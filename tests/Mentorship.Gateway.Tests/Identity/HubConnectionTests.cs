using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Identity;

public sealed class HubConnectionTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private Uri HubAddress(string? token)
    {
        var address = new UriBuilder(gateway.Client.BaseAddress!) { Scheme = "ws", Path = "/hubs/messaging" };
        if (token is not null)
            address.Query = $"id=connection-1&access_token={token}";
        return address.Uri;
    }

    [Fact]
    public async Task A_websocket_with_the_token_in_the_query_string_reaches_messaging()
    {
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(HubAddress(GatewayFixture.Token()), CancellationToken.None);

        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal($"{ResourceNames.Messaging} /hubs/messaging", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task A_websocket_without_a_token_is_refused()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(HubAddress(token: null), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    [Fact]
    public async Task The_negotiate_request_may_carry_the_token_in_the_query_string()
    {
        var token = GatewayFixture.Token();
        using var request = GatewayFixture.Request(HttpMethod.Post, $"/hubs/messaging/negotiate?negotiateVersion=1&access_token={token}");

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.Equal(ResourceNames.Messaging, echo!.Service);
        Assert.Contains($"access_token={token}", echo.Query); // the hub checks the token again
    }

    [Fact]
    public async Task A_token_in_the_query_string_is_not_accepted_outside_the_hubs()
    {
        using var request = GatewayFixture.Request(HttpMethod.Get, $"/api/me/notifications?access_token={GatewayFixture.Token()}");

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(gateway.Stubs.AnyReceived(request.Headers.GetValues(StubService.ProbeHeader).Single()));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = GatewayFixture.Token()[..^4] + "AAAA";
        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/pairs", forged);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(gateway.Stubs.AnyReceived(request.Headers.GetValues(StubService.ProbeHeader).Single()));
    }
}
