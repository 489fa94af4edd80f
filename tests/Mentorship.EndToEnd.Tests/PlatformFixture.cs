using Aspire.Hosting.Testing;
using Mentorship.Testing;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// The whole platform, started once for the end-to-end tests by the real AppHost (through
/// Aspire.Hosting.Testing): servers from the local installs, the development mail inbox, migrations, the five services and the
/// gateway, on free ports with throw-away data.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private LocalPlatform? _platform;

    public LocalPlatform Platform => _platform ?? throw new InvalidOperationException("The platform is not started.");

    public Uri Gateway { get; private set; } = null!;

    public MailInbox Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _platform = await LocalPlatform.StartAsync(infrastructureOnly: false, StartTimeout);
        Gateway = _platform.App.GetEndpoint(ResourceNames.Gateway, "http");
        Mail = new MailInbox(_platform.App.GetEndpoint(ResourceNames.Mail, "http"));
        Console.WriteLine($"Platform started in {clock.Elapsed.TotalSeconds:0.0} s; gateway at {Gateway}.");
    }

    public async Task DisposeAsync()
    {
        if (_platform is not null)
            await _platform.DisposeAsync();
    }
}
