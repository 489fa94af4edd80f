namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>The pair's follow-up page, the roll-up and the family's entry, reached and used with the keyboard.</summary>
public sealed partial class WebMonitoringTests
{
    /// <summary>
    /// From the pairs table to the pair's follow-up page, a contact logged and a closing interview recorded
    /// with Tab, typing, arrow keys and Enter; each form first sent incomplete, its error shown beside the field.
    /// </summary>
    private async Task FollowThePairByKeyboardAsync(WebPerson coordinator, Participant mentee)
    {
        var link = await coordinator.Page.Locator("table.pairs th a", new() { HasText = mentee.Name }).GetAttributeAsync("href");
        await coordinator.TabToAsync($"table.pairs th a[href='{link}']");
        _report.Timed("follow-up, by keyboard", await coordinator.TimeAsync(
            () => coordinator.PressAsync("Enter"), "main[data-interactive=true] form.follow-up-form"));
        await _report.CheckAsync(coordinator, "follow-up");

        await coordinator.TabToAsync("form.follow-up-form button[type=submit]");
        await coordinator.PressAsync("Enter");
        await coordinator.WaitReadyAsync("#follow-up-summary-error");
        Assert.Equal("true", await coordinator.Page.GetAttributeAsync("#follow-up-summary", "aria-invalid"));
        await _report.CheckAsync(coordinator, "follow-up, summary missing");
        await coordinator.ShiftTabToAsync("#follow-up-summary");
        await coordinator.TypeHereAsync("Phoned the mentee: the job started well.");
        await coordinator.PressAsync("Enter");
        await coordinator.WaitReadyAsync("ol.follow-up-entries li:has-text('the job started well')");

        await coordinator.TabToAsync("form.interview-form button[type=submit]");
        await coordinator.PressAsync("Enter");
        await coordinator.WaitReadyAsync("#interview-satisfaction-error");
        await coordinator.ShiftTabToAsync("#interview-satisfaction");
        await coordinator.PressAsync("End");
        await coordinator.TabToAsync("#interview-goals");
        await coordinator.PressAsync("ArrowDown");
        await coordinator.TabToAsync("#interview-recommend");
        await coordinator.PressAsync("ArrowDown");
        await coordinator.TabToAsync("form.interview-form button[type=submit]");
        await coordinator.PressAsync("Enter");
        await coordinator.WaitReadyAsync("dl.interviews div[data-side=mentee]");
        Assert.Contains("5/5", await coordinator.Page.TextContentAsync("dl.interviews div[data-side=mentee]"));
        await _report.CheckAsync(coordinator, "follow-up, interview recorded");
        await coordinator.ScreenshotAsync("follow-up");
    }

    private async Task ReadTheRollupAsync(WebPerson coordinator, Guid programmeId)
    {
        _report.Timed("roll-up", await coordinator.OpenAsync($"app/console/{programmeId}/reports/rollup", "main[data-interactive=true] table.rollup"));
        await _report.CheckAsync(coordinator, "roll-up");
        await coordinator.ScreenshotAsync("rollup");
    }

    /// <summary>A family the platform runs has its own entry; one it does not run is a 404 that says so.</summary>
    private async Task OpenTheFamilysEntryAsync(WebPerson coordinator)
    {
        var unknown = await coordinator.Page.GotoAsync("app/programmes/erasmus");
        Assert.Equal(404, unknown?.Status);
        await coordinator.WaitReadyAsync("main[data-interactive=true] h1:has-text('no such programme')");
        await _report.CheckAsync(coordinator, "entry, unknown family");

        _report.Timed("family entry", await coordinator.OpenAsync("app/programmes/mentoryou", "main[data-interactive=true] .table-wrap table"));
        await _report.CheckAsync(coordinator, "family entry");
        await coordinator.ScreenshotAsync("family-entry");
    }
}
