using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests.Browser;

public sealed partial class WebWholeJourneyTests
{
    /// <summary>
    /// A coordinator (English) weighs the sector higher, plans the round, reads the proposal's explanation,
    /// publishes it and edits a setting. The page is opened once Matching's pool holds both approvals.
    /// </summary>
    private async Task PlanAndPublishTheRoundAsync(Guid programmeId)
    {
        var gateway = new Gateway(platform.Gateway);
        var journey = new Journey(gateway);
        journey.Follow(programmeId, await gateway.ClientAsync(Guid.NewGuid(), "Coordinator", ["coordinator"], programmeId));
        await journey.WaitForMatchingPoolAsync(mentees: 1, mentors: 1);

        var coordinator = await _browser.PersonAsync(platform.Gateway);
        await coordinator.OpenAsync($"app/console/{programmeId}/matching", "form.persona-picker");
        await coordinator.Page.CheckAsync("#persona-coordinator");
        await coordinator.FillAsync("#name", "Chris Coordinator");
        _report.Timed("matching, after sign-in", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync("form.persona-picker button[type=submit]"), "main[data-interactive=true] #weight-sector"));
        Assert.Equal("1", await coordinator.Page.TextContentAsync("[data-figure=mentees]"));
        await _report.CheckAsync(coordinator, "matching");

        await coordinator.FillAsync("#weight-sector", "8");
        await coordinator.Page.ClickAsync("form.weights button[type=submit]");
        await coordinator.WaitReadyAsync("form.weights .saved");

        // The round's bar fills as the page polls it, then its proposal shows with its explanation.
        _report.Timed("matching, round planned", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync("form.start-round button[type=submit]"), "progress[value='100']"));
        await coordinator.WaitReadyAsync(".proposals details");
        Assert.Equal(1, await coordinator.Page.Locator(".proposals details").CountAsync());
        Assert.Contains(_suffix, await coordinator.Page.Locator(".proposals summary").First.TextContentAsync());
        await coordinator.Page.Locator(".proposals summary").First.ClickAsync();
        var explanation = await coordinator.Page.Locator(".proposals details[open] table").TextContentAsync();
        Assert.Contains("Sector", explanation);
        Assert.Contains("8", explanation);
        await _report.CheckAsync(coordinator, "matching, round planned");
        await coordinator.ScreenshotAsync("matching");

        await coordinator.Page.ClickAsync("#publish-round");
        await coordinator.Page.ClickAsync("#publish-confirmed");
        await coordinator.WaitReadyAsync(".published");
        Assert.Contains("Published: 1", await coordinator.Page.TextContentAsync(".published"));
        await _report.CheckAsync(coordinator, "matching, published");

        _report.Timed("programme settings", await coordinator.TimeAsync(
            () => coordinator.Page.ClickAsync($"nav.console-links a[href='console/{programmeId}/settings']"), "main[data-interactive=true] #settings-duration"));
        await coordinator.FillAsync("#settings-duration", "9");
        await coordinator.Page.ClickAsync("form.settings-form button[type=submit]");
        await coordinator.WaitReadyAsync(".settings-form .saved");
        Assert.Equal("9", await coordinator.Page.InputValueAsync("#settings-duration"));
        await _report.CheckAsync(coordinator, "programme settings");
        await coordinator.ScreenshotAsync("programme-settings");
    }

    /// <summary>The mentor, still signed in, finds the proposal in My mentoring once Pairing has opened it, and accepts.</summary>
    private async Task<Guid> AcceptAsMentorAsync(WebPerson mentor, Applicant mentorApplicant)
    {
        await WaitUntilListedAsync(mentorApplicant, "mentor", "/api/me/pairs", "the proposal in the mentor's pairs");
        _report.Timed("my mentoring (mentor)", await mentor.OpenAsync("app/me", "main[data-interactive=true] [data-pair] a"));
        var pairId = Guid.Parse((await mentor.Page.Locator("[data-pair]").First.GetAttributeAsync("data-pair"))!);
        await _report.CheckAsync(mentor, "my mentoring (mentor)");
        await mentor.ScreenshotAsync("my-mentoring");

        _report.Timed("pair page, proposal", await mentor.TimeAsync(
            () => mentor.Page.ClickAsync($"[data-pair='{pairId}'] a"), "main[data-interactive=true] #decision-heading"));
        // The partner's profile, or (before Enrollment serves it) the note that it comes later: never an error.
        await mentor.WaitReadyAsync(".partner-name, .partner-hidden");
        Assert.Equal(0, await mentor.Page.Locator(".partner [role=alert]").CountAsync());
        await _report.CheckAsync(mentor, "pair page, proposal");
        await mentor.ScreenshotAsync("pair-proposal");
        _report.Timed("pair page, after accepting", await mentor.TimeAsync(
            () => mentor.Page.ClickAsync("#decision-heading ~ .decision button.primary"), "#first-meeting-heading"));
        await mentor.WaitReadyAsync("form.message-form");
        await _report.CheckAsync(mentor, "pair page, first meeting and conversation");
        return pairId;
    }

    /// <summary>The mentee writes from the phone; the mentor's page, open since accepting, shows it without a reload.</summary>
    private async Task TalkAsync(WebPerson mentee, WebPerson mentor, Guid pairId, Applicant menteeApplicant, Applicant mentorApplicant)
    {
        // Once Enrollment has heard of the acceptance, the mentee's page shows the mentor with their address.
        using var menteeApi = await new Gateway(platform.Gateway).ClientAsync(menteeApplicant.PersonId, menteeApplicant.Name, ["mentee"]);
        await Eventually.Get<object>(async () =>
            (await menteeApi.GetAsync($"/api/pairs/{pairId}/partner")).IsSuccessStatusCode ? true : null, "the mentor shown to the mentee");

        _report.Timed("my mentoring (mentee)", await mentee.OpenAsync("app/me", $"main[data-interactive=true] [data-pair='{pairId}'] a"));
        Assert.Contains("Accepté", await mentee.Page.TextContentAsync($"[data-pair='{pairId}']"));
        await _report.CheckAsync(mentee, "my mentoring (mentee)");
        _report.Timed("pair page, mentee", await mentee.TimeAsync(
            () => mentee.Page.ClickAsync($"[data-pair='{pairId}'] a"), "main[data-interactive=true] form.message-form"));
        await mentee.WaitReadyAsync($".partner-name:has-text('{mentorApplicant.Name}')");
        Assert.Equal($"mailto:{mentorApplicant.Email}", await mentee.Page.GetAttributeAsync(".partner .contact a", "href"));

        await mentee.Page.FillAsync("#message-text", "Bonjour ! Je suis libre mardi.");
        var sent = System.Diagnostics.Stopwatch.StartNew();
        await mentee.Page.ClickAsync("form.message-form button[type=submit]");
        await mentee.WaitReadyAsync(".message.mine:has-text('Je suis libre mardi')");
        _report.Timed("message shown to its writer", sent.Elapsed);
        await mentor.WaitReadyAsync(".message.theirs:has-text('Je suis libre mardi')");
        _report.Timed("message live at the mentor", sent.Elapsed);
        await _report.CheckAsync(mentee, "pair page, mentee's conversation");
        await mentee.ScreenshotAsync("pair-conversation");
        await mentor.ScreenshotAsync("pair-accepted");

        _report.Timed("notifications", await mentee.TimeAsync(
            () => mentee.Page.ClickAsync("a.notifications-link"), "main[data-interactive=true] button.mark-all"));
        await _report.CheckAsync(mentee, "notifications");
        await mentee.ScreenshotAsync("notifications");

        // My data: the consents given with the application, changeable here.
        _report.Timed("my data", await mentee.TimeAsync(
            () => mentee.Page.ClickAsync("a[href='me/data']"), "main[data-interactive=true] fieldset.consent"));
        Assert.True(await mentee.Page.IsCheckedAsync("fieldset.consent input[id^=research-]"));
        await _report.CheckAsync(mentee, "my data");
        await mentee.ScreenshotAsync("my-data");
    }

    /// <summary>The coordinator who approved them, still in Dutch, finds the pair in the monitoring table.</summary>
    private async Task FollowThePairAsync(WebPerson coordinator, Guid programmeId, Applicant mentee, Guid pairId)
    {
        _report.Timed("pairs table", await coordinator.OpenAsync($"app/console/{programmeId}/pairs", $"main[data-interactive=true] table.pairs tr[data-pair='{pairId}']"));
        await coordinator.WaitReadyAsync($"table.pairs th:has-text('{mentee.Name}')");
        Assert.Equal("nl", await coordinator.Page.GetAttributeAsync("html", "lang"));
        await _report.CheckAsync(coordinator, "pairs table (Dutch)");
    }
}
