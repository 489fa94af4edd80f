using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>
/// A minimal SignalR client speaking the JSON hub protocol over the test server's WebSocket, as a
/// browser does (token in ?access_token=). The SignalR client package is not among the pinned ones.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _invocations;

    private HubClient(WebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync();
    }

    /// <summary>Connects as this person, with a development token for them.</summary>
    public static Task<HubClient> ConnectAsync(TestServer server, TestUser user) =>
        ConnectAsync(server, DevelopmentTokens.Create(user.PersonId, "Test user", user.Roles, user.Programmes));

    public static async Task<HubClient> ConnectAsync(TestServer server, string accessToken)
    {
        var uri = new Uri($"ws://localhost/hubs/messaging?access_token={Uri.EscapeDataString(accessToken)}");
        using var timeout = new CancellationTokenSource(Patience);
        var socket = await server.CreateWebSocketClient().ConnectAsync(uri, timeout.Token);
        var client = new HubClient(socket);
        await client.SendAsync(new { protocol = "json", version = 1 });
        var handshake = await client.NextFrameAsync(_ => true);
        Assert.False(handshake.TryGetProperty("error", out var error), $"Hub handshake refused: {error}");
        // SignalR dispatches invocations only once OnConnectedAsync has run, so the answer to any call
        // (here one the hub refuses) means the connection has joined its groups.
        await client.InvokeAsync("Ready");
        return client;
    }

    /// <summary>The next server-to-client call of this method, skipping pings and other calls.</summary>
    public async Task<JsonElement> NextCallAsync(string method, Func<JsonElement, bool>? matches = null)
    {
        var call = await NextFrameAsync(frame =>
            frame.TryGetProperty("type", out var type) && type.GetInt32() == 1
            && frame.GetProperty("target").GetString() == method
            && (matches?.Invoke(frame.GetProperty("arguments")[0]) ?? true));
        return call.GetProperty("arguments")[0];
    }

    /// <summary>Calls a hub method; returns the hub's error, or null when it succeeded.</summary>
    public async Task<string?> InvokeAsync(string method, params object[] arguments)
    {
        var id = Interlocked.Increment(ref _invocations).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(new { type = 1, invocationId = id, target = method, arguments });
        var completion = await NextFrameAsync(frame =>
            frame.TryGetProperty("type", out var type) && type.GetInt32() == 3
            && frame.GetProperty("invocationId").GetString() == id);
        return completion.TryGetProperty("error", out var error) ? error.GetString() : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The server may have gone first; nothing is left to close.
        }

        await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task SendAsync(object payload)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload) + RecordSeparator);
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
    }

    private async Task<JsonElement> NextFrameAsync(Func<JsonElement, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var frame = await _frames.Reader.ReadAsync(timeout.Token);
                if (wanted(frame))
                    return frame;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"The hub sent nothing expected within {Patience.TotalSeconds} s.");
            throw;
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        var pending = new StringBuilder();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var text = pending.ToString();
                var end = text.LastIndexOf(RecordSeparator);
                if (end < 0)
                    continue;
                foreach (var record in text[..end].Split(RecordSeparator))
                    await _frames.Writer.WriteAsync(JsonDocument.Parse(record).RootElement.Clone());
                pending.Clear().Append(text[(end + 1)..]);
            }
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }
}
