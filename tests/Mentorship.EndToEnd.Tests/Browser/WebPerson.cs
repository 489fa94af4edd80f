using System.Diagnostics;
using Microsoft.Playwright;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// One person at their browser: opens pages and times them until interactive, checks each with
/// axe-core, and saves screenshots for the README.
/// </summary>
public sealed class WebPerson(IPage page)
{
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
    public Task<IReadOnlyList<string>> AccessibilityViolationsAsync() => Axe.BlockingViolationsAsync(Page);

    /// <summary>Fills and leaves the field, as a person does: the page takes the value on change.</summary>
    public async Task FillAsync(string selector, string value)
    {
        await Page.FillAsync(selector, value);
        await Page.Locator(selector).BlurAsync();
    }

    /// <summary>Saves the page for the README, when the run is asked for screenshots (see <see cref="Screenshots"/>).</summary>
    public Task ScreenshotAsync(string name) => Screenshots.Wanted
        ? Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"{name}.png"), FullPage = true })
        : Task.CompletedTask;
}
