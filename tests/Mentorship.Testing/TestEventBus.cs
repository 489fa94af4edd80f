using Aspire.Hosting;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.Testing;

/// <summary>
/// A RabbitMQ broker for tests, which resilience tests can stop and start again. A broker the AppHost
/// runs is really stopped and started again (same port, same data) through its resource commands; one
/// from the environment or a container sits behind a <see cref="TcpProxy"/> that is cut and restored.
/// </summary>
public sealed class TestEventBus
{
    private readonly LocalPlatform? _platform;
    private readonly TcpProxy? _proxy;

    internal TestEventBus(LocalPlatform platform, string connectionString)
    {
        Mode = InfrastructureMode.AppHost;
        _platform = platform;
        EventBusConnectionString = connectionString;
    }

    internal TestEventBus(InfrastructureMode mode, string upstreamConnectionString)
    {
        Mode = mode;
        var upstream = new Uri(upstreamConnectionString);
        _proxy = new TcpProxy(upstream.Host, upstream.Port);
        EventBusConnectionString = new UriBuilder(upstream) { Host = "localhost", Port = _proxy.Port }.Uri.ToString().TrimEnd('/');
    }

    public InfrastructureMode Mode { get; }

    /// <summary>amqp://user:password@localhost:port[/virtual host]: what tests connect to (the proxy when there is one).</summary>
    public string EventBusConnectionString { get; }

    /// <summary>The RabbitMQ virtual host the connection string names, "/" when it names none.</summary>
    public string VirtualHost => Uri.UnescapeDataString(new Uri(EventBusConnectionString).AbsolutePath.Trim('/')) is { Length: > 0 } host ? host : "/";

    private const int StartAttempts = 3;

    /// <summary>True while the broker takes connections.</summary>
    public bool IsBrokerRunning { get; private set; } = true;

    /// <summary>Stops the broker (or cuts the proxy): connections drop, new ones are refused.</summary>
    public async Task StopBrokerAsync(CancellationToken cancellationToken = default)
    {
        if (_platform is not null)
            await _platform.StopResourceAsync(EventBus, cancellationToken);
        else
            await _proxy!.CutAsync();
        IsBrokerRunning = false;
    }

    /// <summary>Starts the broker again on the same port with the same data (or restores the proxy), once it answers.</summary>
    public async Task StartBrokerAsync(CancellationToken cancellationToken = default)
    {
        if (_platform is not null)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TestInfrastructure.StartTimeout);
            for (var attempt = 1; ; attempt++)
            {
                await _platform.StartResourceAsync(EventBus, deadline.Token);
                try
                {
                    await _platform.WaitForHealthyAsync(EventBus, deadline.Token);
                    break;
                }
                catch (DistributedApplicationException) when (attempt < StartAttempts)
                {
                    // Started again right after its stop, RabbitMQ can find its node name or port still
                    // held by the stopping one and exit at once (seen once in a clean-clone run): retry.
                    await Task.Delay(TimeSpan.FromSeconds(2), deadline.Token);
                }
            }
        }
        else
        {
            _proxy!.Restore();
        }

        IsBrokerRunning = true;
    }

    internal async Task DisposeAsync()
    {
        if (_proxy is not null)
            await _proxy.DisposeAsync();
    }
}
