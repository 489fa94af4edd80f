using Microsoft.Playwright;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless: Playwright's own browser downloads are not
/// available on the build machines (deploy/local/install-prerequisites.sh installs chromium).
/// One is launched per run (see <see cref="PlatformFixture"/>); each test class opens a
/// <see cref="BrowserSession"/> on it, whose people get browser contexts of their own.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        return new Browser(playwright, browser);
    }

    public BrowserSession NewSession() => new(_browser);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
