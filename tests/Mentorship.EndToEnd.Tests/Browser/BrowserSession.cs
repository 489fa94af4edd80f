using Microsoft.Playwright;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// One test's people on the shared browser: each person a context of their own (cookies, window),
/// all closed when the test ends, so no page keeps its circuit open on the platform.
/// </summary>
public sealed class BrowserSession(IBrowser browser) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A person's own browser: separate cookies, a phone-sized or desktop window.</summary>
    public async Task<WebPerson> PersonAsync(Uri gateway, bool phone = false)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = gateway.ToString(),
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        _contexts.Add(context);
        return new WebPerson(await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
    }
}
