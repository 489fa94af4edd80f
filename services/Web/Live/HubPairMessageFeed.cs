using System.Net;
using System.Net.WebSockets;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Web.Gateway.Models;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.ServiceDiscovery;

namespace Mentorship.Web.Live;

/// <summary>
/// The gateway's /hubs/messaging, joined from the server with the person's token: one connection per open
/// conversation. WebSockets without negotiation, so that any Messaging replica answers (they share a
/// backplane) and the gateway needs no sticky sessions.
/// </summary>
public sealed partial class HubPairMessageFeed(
    ServiceEndpointResolver resolver, AuthenticationStateProvider authentication, ILogger<HubPairMessageFeed> logger) : IPairMessageFeed
{
    public const string HubPath = "/hubs/messaging";
    private const string MessageEvent = "message";
    private const string JoinPair = "JoinPair";

    public async Task<IAsyncDisposable?> SubscribeAsync(Guid pairId, Func<Message, Task> received, CancellationToken cancellationToken)
    {
        var token = SessionClaims.TokenOf((await authentication.GetAuthenticationStateAsync()).User);
        HubConnection? hub = null;
        try
        {
            var address = new Uri(await GatewayAddressAsync(cancellationToken), HubPath);
            hub = new HubConnectionBuilder()
                .WithUrl(address, HttpTransportType.WebSockets, options =>
                {
                    options.SkipNegotiation = true;
                    options.AccessTokenProvider = () => Task.FromResult(token);
                })
                .WithAutomaticReconnect()
                .Build();
            hub.On<Message>(MessageEvent, message => message.PairId == pairId ? received(message) : Task.CompletedTask);
            await hub.StartAsync(cancellationToken);
            // The hub joins a person's threads on connecting; joining again covers a thread opened since.
            await hub.InvokeAsync(JoinPair, pairId, cancellationToken);
            return hub;
        }
        catch (Exception exception) when (exception is HttpRequestException or WebSocketException or HubException
                                              or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            LogUnavailable(exception, pairId);
            if (hub is not null)
                await hub.DisposeAsync();
            return null;
        }
    }

    /// <summary>The gateway's own address, as service discovery gives it (services__gateway__http__0).</summary>
    private async Task<Uri> GatewayAddressAsync(CancellationToken cancellationToken)
    {
        var source = await resolver.GetEndpointsAsync($"http://{ResourceNames.Gateway}", cancellationToken);
        var endpoint = source.Endpoints.FirstOrDefault()?.EndPoint
            ?? throw new InvalidOperationException("Service discovery knows no address of the gateway.");
        return endpoint switch
        {
            UriEndPoint uri => uri.Uri,
            DnsEndPoint dns => new Uri($"http://{dns.Host}:{dns.Port}"),
            IPEndPoint ip => new Uri($"http://{ip}"),
            _ => throw new InvalidOperationException($"The gateway's address {endpoint} is not one a hub connection can use."),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live messages of pair {PairId} are unavailable; the conversation offers to refresh")]
    private partial void LogUnavailable(Exception exception, Guid pairId);
}
