using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// The coordinator's matching and settings pages in a browser, on the platform the other end-to-end
/// tests share: the programme and its approved participants are set up through the API, then a
/// coordinator changes a weight, plans a round, reads its explanation, publishes it and edits a setting.
/// Every page is checked with axe-core and timed until interactive.
/// </summary>
[Collection(SecondLaneCollection.Name)]
public sealed class WebMatchingTests(PlatformFixture platform, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> _violations = [];
    private readonly List<(string Page, TimeSpan Time)> _timings = [];
    private readonly BrowserSession _browser = platform.Browser.NewSession();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_coordinator_weighs_the_criteria_plans_a_round_reads_why_publishes_it_and_edits_a_setting()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        await journey.CreateProgrammeAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        // The four applications at once: each person has their own client, the set-up stays short.
        await Task.WhenAll(new[] { ("mentee", $"Amina {suffix}"), ("mentee", $"Bilal {suffix}"), ("mentor", $"Marc {suffix}"), ("mentor", $"Nadia {suffix}") }
            .Select(person => journey.ApplyAndGetApprovedAsync(person.Item1, person.Item2, "logistics")));
        await journey.WaitForMatchingPoolAsync(mentees: 2, mentors: 2);
        var coordinator = await _browser.PersonAsync(platform.Gateway);

        await coordinator.OpenAsync($"app/console/{journey.ProgrammeId}/matching", "form.persona-picker");
        await coordinator.Page.CheckAsync("#persona-coordinator");
        await coordinator.FillAsync("#name", "Chris Coordinator");
        _timings.Add(("matching, after sign-in", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync("form.persona-picker button[type=submit]"), "main[data-interactive=true] #weight-sector")));
        Assert.Equal("2", await coordinator.Page.TextContentAsync("[data-figure=mentees]"));
        await CheckAsync(coordinator, "matching");

        await coordinator.FillAsync("#weight-sector", "8");
        await coordinator.Page.ClickAsync("form.weights button[type=submit]");
        await coordinator.WaitReadyAsync("form.weights .saved");

        // The round's bar fills as the page polls it, then its proposals show with their explanation.
        _timings.Add(("matching, round planned", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync("form.start-round button[type=submit]"), "progress[value='100']")));
        await coordinator.WaitReadyAsync(".proposals details");
        Assert.Equal(2, await coordinator.Page.Locator(".proposals details").CountAsync());
        await coordinator.Page.Locator(".proposals summary").First.ClickAsync();
        var explanation = await coordinator.Page.Locator(".proposals details[open] table").TextContentAsync();
        Assert.Contains("Sector", explanation);
        Assert.Contains("8", explanation);
        Assert.Contains(suffix, await coordinator.Page.Locator(".proposals summary").First.TextContentAsync());
        await CheckAsync(coordinator, "matching, round planned");
        await coordinator.ScreenshotAsync("matching");

        await coordinator.Page.ClickAsync("#publish-round");
        await coordinator.Page.ClickAsync("#publish-confirmed");
        await coordinator.WaitReadyAsync(".published");
        Assert.Contains("Published: 2 proposals", await coordinator.Page.TextContentAsync(".published"));
        await CheckAsync(coordinator, "matching, published");

        _timings.Add(("programme settings", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync($"nav.console-links a[href='console/{journey.ProgrammeId}/settings']"), "main[data-interactive=true] #settings-duration")));
        await coordinator.FillAsync("#settings-duration", "9");
        await coordinator.Page.ClickAsync("form.settings-form button[type=submit]");
        await coordinator.WaitReadyAsync(".settings-form .saved");
        Assert.Equal("9", await coordinator.Page.InputValueAsync("#settings-duration"));
        await CheckAsync(coordinator, "programme settings");
        await coordinator.ScreenshotAsync("programme-settings");

        foreach (var (page, time) in _timings)
            output.WriteLine($"{page,-28} {time.TotalMilliseconds,7:0} ms until interactive");
        Assert.True(_violations.Count == 0, "Serious or critical accessibility violations:\n" + string.Join("\n", _violations));
    }

    private async Task CheckAsync(WebPerson person, string page)
    {
        foreach (var violation in await person.AccessibilityViolationsAsync())
            _violations.Add($"{page}: {violation}");
        output.WriteLine($"axe: {page} checked");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
