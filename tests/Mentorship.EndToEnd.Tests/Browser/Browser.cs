using Microsoft.Playwright;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless: Playwright's own browser downloads are not
/// available on the build machines (deploy/local/install-prerequisites.sh installs chromium).
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

    /// <summary>A person's own browser: separate cookies, a phone-sized or desktop window.</summary>
    public async Task<WebPerson> PersonAsync(Uri gateway, bool phone = false)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = gateway.ToString(),
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        return new WebPerson(await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
