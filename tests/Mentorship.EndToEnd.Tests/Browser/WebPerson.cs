using System.Diagnostics;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// One person at their browser: opens pages and times them until interactive, checks each with
/// axe-core, and saves screenshots for the README.
/// </summary>
public sealed class WebPerson(IPage page)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public IPage Page { get; } = page;

    /// <summary>
    /// Opens <paramref name="path"/> and waits until the page is interactive (the layout marks its
    /// main element once the circuit runs) and shows <paramref name="ready"/>; returns the time taken.
    /// </summary>
    public async Task<TimeSpan> OpenAsync(string path, string ready)
    {
        var clock = Stopwatch.StartNew();
        await Page.GotoAsync(path);
        await WaitReadyAsync(ready);
        return clock.Elapsed;
    }

    /// <summary>Times an action that leads to another page or state, until <paramref name="ready"/> shows.</summary>
    public async Task<TimeSpan> TimeAsync(Func<Task> action, string ready)
    {
        var clock = Stopwatch.StartNew();
        await action();
        await WaitReadyAsync(ready);
        return clock.Elapsed;
    }

    public Task WaitReadyAsync(string ready) =>
        Page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>The serious and critical axe-core violations of the page as it is now, one line each.</summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        var result = await Page.RunAxe();
        return [.. result.Violations
            .Where(violation => Blocking.Contains(violation.Impact))
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}")];
    }

    /// <summary>Fills and leaves the field, as a person does: the page takes the value on change.</summary>
    public async Task FillAsync(string selector, string value)
    {
        await Page.FillAsync(selector, value);
        await Page.Locator(selector).BlurAsync();
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"{name}.png"), FullPage = true });
}
