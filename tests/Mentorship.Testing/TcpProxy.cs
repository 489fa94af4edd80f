using System.Net;
using System.Net.Sockets;

namespace Mentorship.Testing;

/// <summary>
/// A loopback TCP forwarder with an off switch: cutting it drops every connection and refuses new ones,
/// as a stopped server would; restoring it listens again on the same port. Lets resilience tests
/// "stop" a broker they do not own (from the environment or a container).
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly Lock _gate = new();
    private readonly HashSet<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _cut;

    /// <summary>Starts listening on a free loopback port.</summary>
    public TcpProxy(string upstreamHost, int upstreamPort)
    {
        _upstreamHost = upstreamHost;
        _upstreamPort = upstreamPort;
        Port = Listen(0);
    }

    public int Port { get; }

    public bool IsOpen
    {
        get
        {
            lock (_gate)
                return _listener is not null;
        }
    }

    /// <summary>Drops every connection and stops listening: clients see a refused connection.</summary>
    public async Task CutAsync()
    {
        TcpClient[] connections;
        CancellationTokenSource? cut;
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            cut = _cut;
            _cut = null;
            connections = [.. _connections];
            _connections.Clear();
        }

        if (cut is not null)
        {
            await cut.CancelAsync();
            cut.Dispose();
        }

        foreach (var connection in connections)
            connection.Dispose();
    }

    /// <summary>Listens again on the same port.</summary>
    public void Restore()
    {
        if (!IsOpen)
            Listen(Port);
    }

    public async ValueTask DisposeAsync() => await CutAsync();

    private int Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        var cut = new CancellationTokenSource();
        lock (_gate)
        {
            _listener = listener;
            _cut = cut;
        }

        _ = AcceptAsync(listener, cut.Token);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var upstream = new TcpClient();
        using (client)
        {
            Track(client, add: true);
            Track(upstream, add: true);
            try
            {
                await upstream.ConnectAsync(_upstreamHost, _upstreamPort, cancellationToken);
                var down = client.GetStream();
                var up = upstream.GetStream();
                // When either side closes, the other is closed with it.
                await Task.WhenAny(down.CopyToAsync(up, cancellationToken), up.CopyToAsync(down, cancellationToken));
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // The connection ended (a cut, or either side closing): nothing is left to forward.
            }
            finally
            {
                Track(client, add: false);
                Track(upstream, add: false);
            }
        }
    }

    private void Track(TcpClient connection, bool add)
    {
        lock (_gate)
        {
            if (add)
                _connections.Add(connection);
            else
                _connections.Remove(connection);
        }
    }
}
