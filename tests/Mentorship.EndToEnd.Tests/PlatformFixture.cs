using Aspire.Hosting.Testing;
using Mentorship.Testing;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// The whole platform, started once for the end-to-end tests by the real AppHost (through
/// Aspire.Hosting.Testing): servers from the local installs, the development mail inbox, migrations, the five services and the
/// gateway, on free ports with throw-away data; and one browser, launched while the platform starts. Each collection
/// gets this fixture, and all of them share the one platform and browser (started by the first, stopped by the last):
/// xunit runs the collections side by side, so tests that mostly wait for events to cross the platform wait together.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private static readonly SemaphoreSlim Shared = new(1, 1);
    private static Task<LocalPlatform>? _starting;
    private static Task<Browser.Browser>? _launching;
    private static int _collections;
    private LocalPlatform? _platform;

    public LocalPlatform Platform => _platform ?? throw new InvalidOperationException("The platform is not started.");

    public Uri Gateway { get; private set; } = null!;

    public MailInbox Mail { get; private set; } = null!;

    public Browser.Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Shared.WaitAsync();
        try
        {
            _collections++;
            _starting ??= LocalPlatform.StartAsync(infrastructureOnly: false, StartTimeout);
            _launching ??= Tests.Browser.Browser.LaunchAsync();
        }
        finally
        {
            Shared.Release();
        }

        _platform = await _starting;
        Browser = await _launching;
        Gateway = _platform.App.GetEndpoint(ResourceNames.Gateway, "http");
        Mail = new MailInbox(_platform.App.GetEndpoint(ResourceNames.Mail, "http"));
        Console.WriteLine($"Platform started in {clock.Elapsed.TotalSeconds:0.0} s; gateway at {Gateway}.");
    }

    public async Task DisposeAsync()
    {
        await Shared.WaitAsync();
        try
        {
            if (--_collections > 0)
                return;
            var (started, launched) = (_starting, _launching);
            (_starting, _launching) = (null, null);
            if (launched is { IsCompletedSuccessfully: true })
                await launched.Result.DisposeAsync();
            if (started is { IsCompletedSuccessfully: true })
                await started.Result.DisposeAsync();
        }
        finally
        {
            Shared.Release();
        }
    }
}
