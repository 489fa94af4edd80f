using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;
using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// A pair's life in the web front end, after its setting up through the API (a programme, a mentor and a
/// mentee approved, a round run and published): the mentor (desktop, English) finds the proposal in My
/// mentoring and accepts; the mentee (phone, French) opens the pair and writes; the mentor's open
/// conversation shows the message without reloading. Each page is checked with axe-core and timed.
/// </summary>
[Collection(SecondLaneCollection.Name)]
public sealed class WebPairJourneyTests(PlatformFixture platform, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> _violations = [];
    private readonly List<(string Page, TimeSpan Time)> _timings = [];
    private readonly BrowserSession _browser = platform.Browser.NewSession();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_mentor_accepts_in_english_and_the_mentees_message_from_a_phone_reaches_the_open_conversation()
    {
        var (pairId, mentor, mentee) = await PublishedPairAsync();

        var mentorPage = await SignInAsync(mentor, "mentor", "en", phone: false, $"[data-pair='{pairId}'] a");
        await CheckAsync(mentorPage, "my mentoring (mentor)");
        await mentorPage.ScreenshotAsync("my-mentoring");
        _timings.Add(("pair page, proposal", await mentorPage.TimeAsync(
            () => mentorPage.Page.ClickAsync($"[data-pair='{pairId}'] a"), "main[data-interactive=true] #decision-heading")));
        // The partner's profile, or (before Enrollment serves it) the note that it comes later: never an error.
        await mentorPage.WaitReadyAsync(".partner-name, .partner-hidden");
        Assert.Equal(0, await mentorPage.Page.Locator(".partner [role=alert]").CountAsync());
        await CheckAsync(mentorPage, "pair page, proposal");
        await mentorPage.ScreenshotAsync("pair-proposal");
        _timings.Add(("pair page, after accepting", await mentorPage.TimeAsync(
            () => mentorPage.Page.ClickAsync("#decision-heading ~ .decision button.primary"), "#first-meeting-heading")));
        await mentorPage.WaitReadyAsync("form.message-form");
        await CheckAsync(mentorPage, "pair page, first meeting and conversation");

        // Once Enrollment has heard of the acceptance, the mentee's page shows the mentor with their address.
        await Eventually.Get<object>(async () =>
            (await mentee.Client.GetAsync($"/api/pairs/{pairId}/partner")).IsSuccessStatusCode ? true : null, "the mentor shown to the mentee");
        var menteePage = await SignInAsync(mentee, "mentee", "fr", phone: true, $"[data-pair='{pairId}'] a");
        Assert.Contains("Accepté", await menteePage.Page.TextContentAsync($"[data-pair='{pairId}']"));
        _timings.Add(("pair page, mentee", await menteePage.TimeAsync(
            () => menteePage.Page.ClickAsync($"[data-pair='{pairId}'] a"), "main[data-interactive=true] form.message-form")));
        await menteePage.WaitReadyAsync(".partner-name:has-text('Marc')");
        Assert.Equal($"mailto:{mentor.Email}", await menteePage.Page.GetAttributeAsync(".partner .contact a", "href"));
        await menteePage.Page.FillAsync("#message-text", "Bonjour ! Je suis libre mardi.");
        var sent = System.Diagnostics.Stopwatch.StartNew();
        await menteePage.Page.ClickAsync("form.message-form button[type=submit]");
        await menteePage.WaitReadyAsync(".message.mine:has-text('Je suis libre mardi')");
        _timings.Add(("message shown to its writer", sent.Elapsed));

        // Live: the mentor's page, open since accepting, shows it without any reload.
        await mentorPage.WaitReadyAsync(".message.theirs:has-text('Je suis libre mardi')");
        _timings.Add(("message live at the mentor", sent.Elapsed));
        await CheckAsync(menteePage, "pair page, mentee's conversation");
        await menteePage.ScreenshotAsync("pair-conversation");
        await mentorPage.ScreenshotAsync("pair-accepted");

        _timings.Add(("notifications", await menteePage.TimeAsync(
            () => menteePage.Page.ClickAsync("a.notifications-link"), "main[data-interactive=true] button.mark-all")));
        await CheckAsync(menteePage, "notifications");
        await menteePage.ScreenshotAsync("notifications");

        // My data: the consent given with the application, changeable here.
        _timings.Add(("my data", await menteePage.TimeAsync(
            () => menteePage.Page.ClickAsync("a[href='me/data']"), "main[data-interactive=true] fieldset.consent")));
        Assert.True(await menteePage.Page.IsCheckedAsync("fieldset.consent input[id^=research-]"));
        await CheckAsync(menteePage, "my data");
        await menteePage.ScreenshotAsync("my-data");

        foreach (var (page, time) in _timings)
            output.WriteLine($"{page,-30} {time.TotalMilliseconds,7:0} ms");
        Assert.True(_violations.Count == 0, "Serious or critical accessibility violations:\n" + string.Join("\n", _violations));
    }

    /// <summary>Through the API, as MentoringJourneyTests does: one mentor, one mentee, one published proposal.</summary>
    private async Task<(Guid PairId, Participant Mentor, Participant Mentee)> PublishedPairAsync()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        await journey.CreateProgrammeAsync();
        var mentor = await journey.ApplyAndGetApprovedAsync("mentor", "Marc", "logistics", language: "en");
        var mentee = await journey.ApplyAndGetApprovedAsync("mentee", "Amina", "logistics");
        await journey.WaitForMatchingPoolAsync(mentees: 1, mentors: 1);
        var round = await journey.RunMatchingRoundAsync();
        var roundId = round.GetProperty("round").GetProperty("id").GetGuid();
        Assert.Equal(1, (await journey.PublishAsync(roundId)).GetProperty("published").GetInt32());
        var published = await journey.Coordinator.GetFromJsonAsync<JsonElement>($"/api/matching-rounds/{roundId}");
        var pairId = published.GetProperty("proposals").GetProperty("items")[0].GetProperty("pairId").GetGuid();
        await Journey.WaitForPairAsync(mentor.Client, pairId);
        return (pairId, mentor, mentee);
    }

    /// <summary>
    /// The person opens My mentoring, is sent to sign in, picks their language and signs in as themselves
    /// (the development picker takes their person id), and lands back on My mentoring.
    /// </summary>
    private async Task<WebPerson> SignInAsync(Participant participant, string persona, string language, bool phone, string ready)
    {
        var person = await _browser.PersonAsync(platform.Gateway, phone);
        await person.OpenAsync("app/me", "form.persona-picker");
        await person.Page.ClickAsync($"a[hreflang={language}]");
        await person.WaitReadyAsync($"html[lang={language}] form.persona-picker");
        await person.Page.CheckAsync($"#persona-{persona}");
        await person.Page.FillAsync("#name", participant.Name);
        await person.Page.FillAsync("#personId", participant.PersonId.ToString());
        _timings.Add(($"my mentoring ({persona})", await person.TimeAsync(
            () => person.Page.ClickAsync("form.persona-picker button[type=submit]"), $"main[data-interactive=true] {ready}")));
        return person;
    }

    private async Task CheckAsync(WebPerson person, string page)
    {
        foreach (var violation in await person.AccessibilityViolationsAsync())
            _violations.Add($"{page}: {violation}");
        output.WriteLine($"axe: {page} checked");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
