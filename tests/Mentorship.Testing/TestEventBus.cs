using Mentorship.AppHost.Infrastructure;

namespace Mentorship.Testing;

/// <summary>
/// A RabbitMQ broker for tests, which resilience tests can stop and start again. A broker the fixture
/// runs itself is really stopped and restarted (same port, same data); one from the environment or a
/// container sits behind a <see cref="TcpProxy"/> that is cut and restored instead.
/// </summary>
public sealed class TestEventBus
{
    private readonly RabbitMqServer? _server;
    private readonly TcpProxy? _proxy;

    internal TestEventBus(RabbitMqServer server)
    {
        Mode = InfrastructureMode.LocalServer;
        _server = server;
        EventBusConnectionString = server.ConnectionString;
    }

    internal TestEventBus(InfrastructureMode mode, string upstreamConnectionString)
    {
        Mode = mode;
        var upstream = new Uri(upstreamConnectionString);
        _proxy = new TcpProxy(upstream.Host, upstream.Port);
        EventBusConnectionString = new UriBuilder(upstream) { Host = "localhost", Port = _proxy.Port }.Uri.ToString().TrimEnd('/');
    }

    public InfrastructureMode Mode { get; }

    /// <summary>amqp://user:password@localhost:port: what tests connect to (the proxy when there is one).</summary>
    public string EventBusConnectionString { get; }

    /// <summary>True while the broker takes connections.</summary>
    public bool IsBrokerRunning => _server?.IsRunning ?? _proxy!.IsOpen;

    /// <summary>Stops the broker (or cuts the proxy): connections drop, new ones are refused.</summary>
    public async Task StopBrokerAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null)
            await _server.StopAsync(cancellationToken);
        else
            await _proxy!.CutAsync();
    }

    /// <summary>Starts the broker again on the same port with the same data (or restores the proxy), once it answers.</summary>
    public async Task StartBrokerAsync(CancellationToken cancellationToken = default)
    {
        if (_server is null)
        {
            _proxy!.Restore();
            return;
        }

        if (!_server.IsRunning)
            await _server.StartAndWaitAsync(TestInfrastructure.StartTimeout, cancellationToken);
    }

    internal async Task DisposeAsync()
    {
        if (_proxy is not null)
            await _proxy.DisposeAsync();
    }
}
