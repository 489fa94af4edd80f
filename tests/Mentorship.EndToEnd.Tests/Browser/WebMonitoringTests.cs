using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// The console's follow-up pages in a browser: two pairs taken through to closure and evaluated through
/// the API, a concern raised on one; then a coordinator filters the pairs table and downloads it as CSV,
/// logs a contact and a closing interview with the keyboard only, acknowledges the concern once the
/// escalation policy names them, reads the reports and the roll-up, and opens the programme family's entry.
/// Every page is checked with axe-core and timed until interactive.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class WebMonitoringTests(PlatformFixture platform, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");
    private readonly PageReport _report = new(output);
    private readonly BrowserSession _browser = platform.Browser.NewSession();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_coordinator_follows_the_pairs_downloads_the_table_acknowledges_a_concern_and_reads_the_reports()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        var (mentee, concernId) = await TwoEvaluatedPairsAndAConcernAsync(journey);
        var coordinator = await _browser.PersonAsync(platform.Gateway);

        await coordinator.OpenAsync($"app/console/{journey.ProgrammeId}/pairs", "form.persona-picker");
        await coordinator.Page.CheckAsync("#persona-coordinator");
        await coordinator.Page.FillAsync("#name", "Chris Coordinator");
        _report.Timed("pairs table", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync("form.persona-picker button[type=submit]"), "main[data-interactive=true] table.pairs tr[data-pair]"));
        await coordinator.WaitReadyAsync($"table.pairs th:has-text('{mentee.Name}')");
        await _report.CheckAsync(coordinator, "pairs table");
        await coordinator.ScreenshotAsync("monitoring-pairs");

        await FilterAndDownloadAsync(coordinator);
        await FollowThePairByKeyboardAsync(coordinator, mentee);
        await AcknowledgeTheConcernAsync(coordinator, journey, mentee, concernId);
        await ReadTheReportsAsync(coordinator, journey.ProgrammeId);
        await ReadTheRollupAsync(coordinator, journey.ProgrammeId);
        await OpenTheFamilysEntryAsync(coordinator);

        _report.WriteTimingsAndAssertAccessible();
    }

    private async Task FilterAndDownloadAsync(WebPerson coordinator)
    {
        _report.Timed("pairs table, filtered", await coordinator.TimeAsync(
            () => coordinator.Page.SelectOptionAsync("#pair-status", "active"), "p[role=status]:has-text('0 pairs')"));
        await coordinator.Page.SelectOptionAsync("#pair-status", "closed");
        await coordinator.WaitReadyAsync("p[role=status]:has-text('2 pairs')");
        Assert.Equal(2, await coordinator.Page.Locator("table.pairs tbody tr").CountAsync());

        var download = await coordinator.Page.RunAndWaitForDownloadAsync(() => coordinator.Page.ClickAsync(".downloads a:text-is('CSV')"));
        Assert.EndsWith(".csv", download.SuggestedFilename);
        using var file = new StreamReader(await download.CreateReadStreamAsync());
        Assert.StartsWith("pairId,menteeId,mentorId,status", (await file.ReadLineAsync())?.TrimStart('\uFEFF'));
        Assert.Equal(2, (await file.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>The coordinator is no contact yet and is told their id; once the policy names them and the mentee escalates, they handle it.</summary>
    private async Task AcknowledgeTheConcernAsync(WebPerson coordinator, Journey journey, Participant mentee, Guid concernId)
    {
        await coordinator.OpenAsync($"app/console/{journey.ProgrammeId}/concerns", "main[data-interactive=true] [data-person-id]");
        await _report.CheckAsync(coordinator, "concerns, not a contact");
        var personId = Guid.Parse((await coordinator.Page.GetAttributeAsync("[data-person-id]", "data-person-id"))!);
        await PutAsync(journey.Coordinator, $"/api/programmes/{journey.ProgrammeId}/concern-escalation",
            new { firstResponseHours = 48, tiers = new[] { new { contacts = new[] { personId }, acknowledgeWithinHours = 48 } } });
        await Journey.SendAsync(mentee.Client, $"/api/concerns/{concernId}/escalate", new { note = "No answer yet" });

        _report.Timed("concerns", await coordinator.TimeAsync(
            () => coordinator.Page.ReloadAsync(), $"main[data-interactive=true] tr[data-concern='{concernId}']"));
        await _report.CheckAsync(coordinator, "concerns");
        await coordinator.Page.ClickAsync($"tr[data-concern='{concernId}'] button");
        await coordinator.WaitReadyAsync("ol.audit li");
        await coordinator.Page.FillAsync("#concern-note", "Called the mentee");
        await coordinator.Page.ClickAsync("button[data-step=acknowledge]");
        await coordinator.WaitReadyAsync(".concern-status:has-text('Acknowledged')");
        Assert.Contains("Called the mentee", await coordinator.Page.TextContentAsync("ol.audit"));
        await _report.CheckAsync(coordinator, "concern acknowledged");
        await coordinator.ScreenshotAsync("monitoring-concerns");
    }

    private async Task ReadTheReportsAsync(WebPerson coordinator, Guid programmeId)
    {
        _report.Timed("reports", await coordinator.OpenAsync($"app/console/{programmeId}/reports", "main[data-interactive=true] table.effects"));
        await coordinator.WaitReadyAsync(".effects-chart img");
        Assert.Contains("2 respondents", await coordinator.Page.TextContentAsync("section[aria-labelledby=effects-heading]"));
        await _report.CheckAsync(coordinator, "reports");
        await coordinator.ScreenshotAsync("monitoring-reports");
    }

    /// <summary>Two pairs matched, met, closed with a job and a training, both sides answering their survey; the first pair's mentee raises a concern.</summary>
    private static async Task<(Participant Mentee, Guid ConcernId)> TwoEvaluatedPairsAndAConcernAsync(Journey journey)
    {
        await journey.CreateProgrammeAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var mentors = new[] { await journey.ApplyAndGetApprovedAsync("mentor", $"Mentor A{suffix}", "logistics"), await journey.ApplyAndGetApprovedAsync("mentor", $"Mentor B{suffix}", "it") };
        var mentees = new[] { await journey.ApplyAndGetApprovedAsync("mentee", $"Mentee A{suffix}", "logistics"), await journey.ApplyAndGetApprovedAsync("mentee", $"Mentee B{suffix}", "it") };
        await journey.WaitForMatchingPoolAsync(mentees: 2, mentors: 2);
        var round = await journey.RunMatchingRoundAsync();
        var roundId = round.GetProperty("round").GetProperty("id").GetGuid();
        await journey.PublishAsync(roundId);
        var pairs = await journey.PublishedPairsAsync(roundId, mentees, mentors);
        Assert.Equal(2, pairs.Count);

        string[] outcomes = ["job", "training"];
        Guid concernId = default;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (pairId, mentee, mentor) = pairs[i];
            await Journey.ActivateAsync(pairId, mentee, mentor);
            await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/meetings",
                new { date = Today, durationMinutes = 60, place = "Library", dimensions = new[] { "professional" } }, HttpStatusCode.Created);
            if (i == 0)
                concernId = await RaiseConcernAsync(mentee, journey.ProgrammeId, pairId);
            await Journey.SendAsync(journey.Coordinator, $"/api/pairs/{pairId}/close", new { outcome = outcomes[i] });
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            await Journey.AnswerSurveyAsync(pairs[i].Mentee.Client, effect: 2 + i);
            await Journey.AnswerSurveyAsync(pairs[i].Mentor.Client, effect: 1);
        }

        return (pairs[0].Mentee, concernId);
    }

    /// <summary>Raised once Messaging knows the pair's thread (it learns of the pair through the broker).</summary>
    private static async Task<Guid> RaiseConcernAsync(Participant mentee, Guid programmeId, Guid pairId)
    {
        var concern = await Eventually.Get<object>(async () =>
        {
            var response = await mentee.Client.PostAsJsonAsync("/api/concerns",
                new { programmeId, pairId, category = "conflict", severity = "high", text = "We no longer agree on meeting times." });
            return response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        }, "a concern raised about the pair");
        return ((JsonElement)concern).GetProperty("id").GetGuid();
    }

    private static async Task PutAsync(HttpClient client, string path, object body)
    {
        var response = await client.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
