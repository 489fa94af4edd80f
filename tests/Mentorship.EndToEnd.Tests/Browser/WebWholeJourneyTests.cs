using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mentorship.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// One mentoring journey in the browser, each step on what the step before left, nothing set up through
/// the API: an admin opens a programme (English); a mentee applies on a phone in French, with an address
/// refused first, and a mentor applies in English; a coordinator approves both in Dutch; a coordinator
/// weighs the criteria, plans the round, reads why and publishes it; the mentor accepts the proposal,
/// the mentee writes from the phone and the mentor's open conversation shows it; the coordinator finds
/// the pair in the monitoring table; the pair meets, signs its contract, writes its plan, logs a meeting
/// and is closed with a job; both answer the closure survey; the Dutch-speaking coordinator reads the
/// outcome and the answers in the reports. Refused input (an address, a first meeting without an answer,
/// a closure without an outcome, an empty survey) is shown beside its field on the way. Every page is
/// checked with axe-core and timed until interactive.
/// The API is only read to know when an event has crossed the platform.
/// </summary>
[Collection(SecondLaneCollection.Name)]
public sealed partial class WebWholeJourneyTests(PlatformFixture platform, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PageReport _report = new(output);
    private readonly BrowserSession _browser = platform.Browser.NewSession();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];
    private readonly System.Diagnostics.Stopwatch _journeyClock = System.Diagnostics.Stopwatch.StartNew();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_mentee_and_a_mentor_apply_are_matched_meet_close_answer_their_surveys_and_show_in_the_reports_in_three_languages()
    {
        var programmeId = await OpenProgrammeAsAdminAsync($"MentorYou Brussels {_suffix}");
        var mentee = new Applicant(Guid.NewGuid(), $"Amina {_suffix}");
        var mentor = new Applicant(Guid.NewGuid(), $"Marc {_suffix}");
        var menteePage = await ApplyInFrenchOnAPhoneAsync(programmeId, mentee);
        var mentorPage = await ApplyAsMentorInEnglishAsync(programmeId, mentor);
        var reviewer = await ApproveInDutchAsync(programmeId, mentee, mentor);

        await PlanAndPublishTheRoundAsync(programmeId);
        var pairId = await AcceptAsMentorAsync(mentorPage, mentor);
        await TalkAsync(menteePage, mentorPage, pairId, mentee, mentor);
        await FollowThePairAsync(reviewer, programmeId, mentee, pairId);
        await MeetSignAndPlanAsync(menteePage, mentorPage, pairId);
        await CloseAsMentorAsync(mentorPage);
        await AnswerTheSurveyAsync(menteePage, mentee, "mentee");
        await AnswerTheSurveyAsync(mentorPage, mentor, "mentor");
        await ReadTheReportsAsync(reviewer, programmeId);

        output.WriteLine($"journey: {_journeyClock.Elapsed.TotalSeconds:0} s");
        _report.WriteTimingsAndAssertAccessible();
    }

    /// <summary>Someone who applies in the browser, signed in by the development picker under an id the test knows.</summary>
    private sealed record Applicant(Guid PersonId, string Name)
    {
        public string Email => $"{PersonId:N}@example.org";
    }

    /// <summary>
    /// Waits until <paramref name="path"/>, asked as the applicant, lists an item: the event that makes it has
    /// crossed the platform. Pages are timed after this, so their time is the page's, not the event's.
    /// </summary>
    private async Task WaitUntilListedAsync(Applicant applicant, string role, string path, string what)
    {
        using var api = await new Gateway(platform.Gateway).ClientAsync(applicant.PersonId, applicant.Name, [role]);
        await Eventually.Get<object>(async () =>
            (await api.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").GetArrayLength() > 0 ? true : null, what);
    }

    private async Task<Guid> OpenProgrammeAsAdminAsync(string name)
    {
        var admin = await _browser.PersonAsync(platform.Gateway);
        await SignInAsync(admin, "app/console", "programme-admin", "Ada Admin", ready: "#templateId option[value=mentoryou]", page: "console (admin)");
        await admin.ScreenshotAsync("console");

        await admin.Page.SelectOptionAsync("#templateId", "mentoryou");
        await admin.FillAsync("#programmeName", name);
        await admin.FillAsync("#cohort", "2026-2027");
        _report.Timed("portal, after creating", await admin.TimeAsync(
            () => admin.Page.ClickAsync("form button[type=submit]"), ".brand-banner"));

        Assert.Contains(name, await admin.Page.TextContentAsync(".brand-banner"));
        await _report.CheckAsync(admin, "portal");
        await admin.ScreenshotAsync("portal");
        return Guid.Parse(Regex.Match(admin.Page.Url, "/p/([0-9a-f-]{36})").Groups[1].Value);
    }

    private async Task<WebPerson> ApplyInFrenchOnAPhoneAsync(Guid programmeId, Applicant mentee)
    {
        var person = await _browser.PersonAsync(platform.Gateway, phone: true);
        // The applicant follows the programme's link, is sent to sign in, picks French there and keeps it.
        _report.Timed("sign-in", await person.OpenAsync($"app/p/{programmeId}/apply?role=mentee", "form.persona-picker"));
        await person.Page.ClickAsync("a[hreflang=fr]");
        await person.WaitReadyAsync("html[lang=fr] form.persona-picker");
        await _report.CheckAsync(person, "sign-in");
        await person.ScreenshotAsync("sign-in");
        await person.FillAsync("#name", mentee.Name);
        await person.Page.FillAsync("#personId", mentee.PersonId.ToString());
        _report.Timed("apply form", await person.TimeAsync(
            () => person.Page.ClickAsync("form.persona-picker button[type=submit]"), "main[data-interactive=true] #answer-workPermit"));
        await _report.CheckAsync(person, "apply");

        await ApplicationForm.FillMenteeAsync(person, mentee.Name, "not-an-address");

        // The service refuses the address: its message shows beside the field, and nothing else is lost.
        await person.Page.ClickAsync("form.application-form button[type=submit]");
        await person.WaitReadyAsync("#email-error");
        Assert.Equal("true", await person.Page.GetAttributeAsync("#email", "aria-invalid"));
        Assert.Equal(mentee.Name, await person.Page.InputValueAsync("#firstName"));
        await _report.CheckAsync(person, "apply, refused e-mail");
        await person.ScreenshotAsync("apply-error");

        await person.FillAsync("#email", mentee.Email);
        await person.Page.ClickAsync("form.application-form button[type=submit]");
        await person.WaitReadyAsync("#result-heading");
        Assert.Contains("Votre candidature est enregistrée", await person.Page.TextContentAsync("#result-heading"));
        Assert.Contains("Vous remplissez toutes les conditions", await person.Page.TextContentAsync(".result"));
        await _report.CheckAsync(person, "apply, received");
        await person.ScreenshotAsync("apply-received");
        return person;
    }

    private async Task<WebPerson> ApplyAsMentorInEnglishAsync(Guid programmeId, Applicant mentor)
    {
        var person = await _browser.PersonAsync(platform.Gateway);
        await person.OpenAsync($"app/p/{programmeId}/apply?role=mentor", "form.persona-picker");
        await person.Page.ClickAsync("a[hreflang=en]");
        await person.WaitReadyAsync("html[lang=en] form.persona-picker");
        await person.Page.CheckAsync("#persona-mentor");
        await person.FillAsync("#name", mentor.Name);
        await person.Page.FillAsync("#personId", mentor.PersonId.ToString());
        _report.Timed("apply form (mentor)", await person.TimeAsync(
            () => person.Page.ClickAsync("form.persona-picker button[type=submit]"), "main[data-interactive=true] #answer-hasMeetingPlace"));

        await ApplicationForm.FillMentorAsync(person, mentor.Name, mentor.Email);
        await person.Page.ClickAsync("form.application-form button[type=submit]");
        await person.WaitReadyAsync("#result-heading");
        Assert.Contains("You meet every condition", await person.Page.TextContentAsync(".result"));
        await _report.CheckAsync(person, "apply, received (mentor)");
        return person;
    }

    /// <summary>The coordinator reviews each application in Dutch: records the preparation steps, then approves.</summary>
    private async Task<WebPerson> ApproveInDutchAsync(Guid programmeId, params Applicant[] applicants)
    {
        var coordinator = await _browser.PersonAsync(platform.Gateway);
        await SignInAsync(coordinator, $"app/console/{programmeId}/applications", "coordinator", "Chris Coordinator", ready: "table.queue", page: "applications queue");
        await coordinator.Page.ClickAsync("a[hreflang=nl]");
        await coordinator.WaitReadyAsync("html[lang=nl] main[data-interactive=true] table.queue");
        _report.Timed("applications queue, reload", await coordinator.TimeAsync(
            () => coordinator.Page.ReloadAsync(), "main[data-interactive=true] table.queue"));
        await _report.CheckAsync(coordinator, "applications queue");

        foreach (var applicant in applicants)
        {
            await coordinator.Page.Locator("tr", new() { HasText = applicant.Name }).GetByRole(AriaRole.Button).ClickAsync();
            await coordinator.WaitReadyAsync($"#review-heading:has-text('{applicant.Name}')");
            Assert.Contains("Ingediend", await coordinator.Page.TextContentAsync("#review-heading + p"));
            for (var left = await coordinator.Page.Locator(".steps button").CountAsync(); left > 0; left--)
            {
                await coordinator.Page.Locator(".steps button").First.ClickAsync();
                await coordinator.Page.WaitForFunctionAsync("n => document.querySelectorAll('.steps button').length < n", left);
            }

            await coordinator.Page.ClickAsync("button.primary:has-text('Goedkeuren')");
            await coordinator.WaitReadyAsync("#review-heading + p:has-text('Goedgekeurd')");
            await _report.CheckAsync(coordinator, "application review");
        }

        await coordinator.ScreenshotAsync("applications-queue");
        return coordinator;
    }

    private async Task SignInAsync(WebPerson person, string path, string persona, string name, string ready, string page)
    {
        await person.OpenAsync(path, "form.persona-picker");
        await person.Page.CheckAsync($"#persona-{persona}");
        await person.FillAsync("#name", name);
        _report.Timed(page, await person.TimeAsync(() => person.Page.ClickAsync("form.persona-picker button[type=submit]"), $"main[data-interactive=true] {ready}"));
        await _report.CheckAsync(person, page);
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
