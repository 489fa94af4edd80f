using Mentorship.AppHost.Hosting;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// The whole platform, started once for the end-to-end tests exactly as the AppHost starts it:
/// PostgreSQL, Redis and RabbitMQ from local installs, migrations, the five services and the gateway,
/// on free ports with throw-away data.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mentorship-e2e-").FullName;
    private DistributedSystem? _system;

    public DistributedSystem System => _system ?? throw new InvalidOperationException("The platform is not started.");

    public Uri Gateway => System.GatewayUrl ?? throw new InvalidOperationException("The gateway has no address.");

    public async Task InitializeAsync()
    {
        _system = await DistributedSystem.StartAsync(new DistributedSystemOptions
        {
            DataDirectory = _dataDirectory,
            GatewayPort = 0,
            OpsPort = 0,
            DurableStorage = false,
            WaitTimeout = TimeSpan.FromMinutes(4),
            Output = Console.Out,
        });
        Console.WriteLine($"Platform started in {_system.StartupTime.TotalSeconds:0.0} s; gateway at {Gateway}.");
    }

    public async Task DisposeAsync()
    {
        if (_system is not null)
            await _system.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // PostgreSQL may still be releasing files; the folder is under /tmp.
        }
    }
}
