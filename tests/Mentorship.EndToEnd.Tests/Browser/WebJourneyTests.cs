using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// The web front end in a browser, through the gateway of the platform the other end-to-end tests
/// share: an admin opens a programme in English, a participant applies on a phone in French, a
/// coordinator approves in Dutch; a participant signs in with the code the identity service mails
/// (read in the development mail inbox) and applies. Every page is checked with axe-core and timed
/// until interactive.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class WebJourneyTests(PlatformFixture platform, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> _violations = [];
    private readonly List<(string Page, TimeSpan Time)> _timings = [];
    private readonly BrowserSession _browser = platform.Browser.NewSession();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_programme_is_opened_applied_to_in_french_on_a_phone_and_the_application_approved_in_dutch()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var programmeId = await OpenProgrammeAsAdminAsync($"MentorYou Brussels {suffix}");
        var applicant = $"Amina {suffix}";
        await ApplyInFrenchOnAPhoneAsync(programmeId, applicant);
        await ApproveInDutchAsync(programmeId, applicant);

        ReportTimingsAndAccessibility();
    }

    [Fact]
    public async Task A_participant_signs_in_with_the_code_mailed_to_them_and_applies()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        await journey.CreateProgrammeAsync();
        var email = $"code.{Guid.NewGuid():N}@example.org";
        var participant = await _browser.PersonAsync(platform.Gateway, phone: true);

        // From the programme's link to the identity service's page, switched to French there.
        await participant.OpenAsync($"app/p/{journey.ProgrammeId}/apply?role=mentee", "a[href^='signin/oidc']");
        _timings.Add(("code sign-in: address", await participant.TimeAsync(() => participant.Page.ClickAsync("a[href^='signin/oidc']"), "form.sign-in-address")));
        await participant.Page.ClickAsync("a[hreflang=fr]");
        await participant.WaitReadyAsync("html[lang=fr] form.sign-in-address");
        await CheckAsync(participant, "code sign-in, address");
        await participant.Page.FillAsync("#email", email);
        _timings.Add(("code sign-in: code", await participant.TimeAsync(() => participant.Page.ClickAsync("form.sign-in-address button"), "form.sign-in-code")));
        await CheckAsync(participant, "code sign-in, code");
        await participant.ScreenshotAsync("sign-in-code");
        var code = SixDigits().Match(await platform.Mail.WaitForTextAsync(email, "Votre code de connexion")).Value;

        // A wrong code is refused beside the field; the right one signs in and comes back to the form.
        await participant.Page.FillAsync("#code", code == "000000" ? "111111" : "000000");
        await participant.Page.ClickAsync("form.sign-in-code button");
        await participant.WaitReadyAsync("#code-error");
        Assert.Equal("true", await participant.Page.GetAttributeAsync("#code", "aria-invalid"));
        await CheckAsync(participant, "code sign-in, wrong code");
        await participant.Page.FillAsync("#code", code);
        _timings.Add(("apply form, after the code", await participant.TimeAsync(
            () => participant.Page.ClickAsync("form.sign-in-code button"), "main[data-interactive=true] #answer-workPermit")));
        Assert.Contains(email.Split('@')[0], await participant.Page.TextContentAsync("a[href=signout]"));

        await FillApplicationAsync(participant.Page, "Bilal", $"{Guid.NewGuid():N}@example.org");
        await participant.Page.ClickAsync("form.application-form button[type=submit]");
        await participant.WaitReadyAsync("#result-heading");
        Assert.Contains("Votre candidature est enregistrée", await participant.Page.TextContentAsync("#result-heading"));

        ReportTimingsAndAccessibility();
    }

    private async Task<Guid> OpenProgrammeAsAdminAsync(string name)
    {
        var admin = await _browser.PersonAsync(platform.Gateway);
        await SignInAsync(admin, "app/console", "programme-admin", "Ada Admin", ready: "#templateId option[value=mentoryou]", page: "console (admin)");
        await admin.ScreenshotAsync("console");

        await admin.Page.SelectOptionAsync("#templateId", "mentoryou");
        await FillAsync(admin.Page, "#programmeName", name);
        await FillAsync(admin.Page, "#cohort", "2026-2027");
        _timings.Add(("portal, after creating", await admin.TimeAsync(
            () => admin.Page.ClickAsync("form button[type=submit]"), ".brand-banner")));

        Assert.Contains(name, await admin.Page.TextContentAsync(".brand-banner"));
        await CheckAsync(admin, "portal");
        await admin.ScreenshotAsync("portal");
        return Guid.Parse(Regex.Match(admin.Page.Url, "/p/([0-9a-f-]{36})").Groups[1].Value);
    }

    private async Task ApplyInFrenchOnAPhoneAsync(Guid programmeId, string name)
    {
        var participant = await _browser.PersonAsync(platform.Gateway, phone: true);
        // The applicant follows the programme's link, is sent to sign in, picks French there and keeps it.
        _timings.Add(("sign-in", await participant.OpenAsync($"app/p/{programmeId}/apply?role=mentee", "form.persona-picker")));
        await participant.Page.ClickAsync("a[hreflang=fr]");
        await participant.WaitReadyAsync("html[lang=fr] form.persona-picker");
        await CheckAsync(participant, "sign-in");
        await participant.ScreenshotAsync("sign-in");
        await FillAsync(participant.Page, "#name", name);
        _timings.Add(("apply form", await participant.TimeAsync(
            () => participant.Page.ClickAsync("form.persona-picker button[type=submit]"), "main[data-interactive=true] #answer-workPermit")));
        await CheckAsync(participant, "apply");

        await FillApplicationAsync(participant.Page, name, "not-an-address");

        // The service refuses the address: its message shows beside the field, and nothing else is lost.
        await participant.Page.ClickAsync("form.application-form button[type=submit]");
        await participant.WaitReadyAsync("#email-error");
        Assert.Equal("true", await participant.Page.GetAttributeAsync("#email", "aria-invalid"));
        Assert.Equal(name, await participant.Page.InputValueAsync("#firstName"));
        await CheckAsync(participant, "apply, refused e-mail");
        await participant.ScreenshotAsync("apply-error");

        await FillAsync(participant.Page, "#email", $"{Guid.NewGuid():N}@example.org");
        await participant.Page.ClickAsync("form.application-form button[type=submit]");
        await participant.WaitReadyAsync("#result-heading");
        Assert.Contains("Votre candidature est enregistrée", await participant.Page.TextContentAsync("#result-heading"));
        Assert.Contains("Vous remplissez toutes les conditions", await participant.Page.TextContentAsync(".result"));
        await CheckAsync(participant, "apply, received");
        await participant.ScreenshotAsync("apply-received");
    }

    private async Task ApproveInDutchAsync(Guid programmeId, string name)
    {
        var coordinator = await _browser.PersonAsync(platform.Gateway);
        await SignInAsync(coordinator, $"app/console/{programmeId}/applications", "coordinator", "Chris Coordinator", ready: "table.queue", page: "applications queue");
        await coordinator.Page.ClickAsync("a[hreflang=nl]");
        await coordinator.WaitReadyAsync("html[lang=nl] main[data-interactive=true] table.queue");
        _timings.Add(("applications queue, reload", await coordinator.TimeAsync(
            () => coordinator.Page.ReloadAsync(), "main[data-interactive=true] table.queue")));
        await CheckAsync(coordinator, "applications queue");

        await coordinator.Page.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Button).ClickAsync();
        await coordinator.WaitReadyAsync($"#review-heading:has-text('{name}')");
        Assert.Contains("Ingediend", await coordinator.Page.TextContentAsync("#review-heading + p"));
        await coordinator.Page.ClickAsync(".steps button");
        await coordinator.Page.Locator(".steps button").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await coordinator.Page.ClickAsync("button.primary:has-text('Goedkeuren')");
        await coordinator.WaitReadyAsync("#review-heading + p:has-text('Goedgekeurd')");
        await CheckAsync(coordinator, "application review");
        await coordinator.ScreenshotAsync("applications-queue");
    }

    private async Task SignInAsync(WebPerson person, string path, string persona, string name, string ready, string page)
    {
        await person.OpenAsync(path, "form.persona-picker");
        await person.Page.CheckAsync($"#persona-{persona}");
        await FillAsync(person.Page, "#name", name);
        _timings.Add((page, await person.TimeAsync(() => person.Page.ClickAsync("form.persona-picker button[type=submit]"), $"main[data-interactive=true] {ready}")));
        await CheckAsync(person, page);
    }

    /// <summary>A MentorYou mentee's application, eligible, with the given name and contact address.</summary>
    private static async Task FillApplicationAsync(IPage page, string name, string email)
    {
        await FillAsync(page, "#firstName", name);
        await FillAsync(page, "#lastName", "Test");
        await FillAsync(page, "#email", email);
        await FillAsync(page, "#birthDate", "1995-05-05");
        await FillAsync(page, "#sectors", "logistics");
        await FillAsync(page, "#jobFunction", "operations");
        await FillAsync(page, "#expectations", "job search, network");
        await page.SelectOptionAsync("#answer-foreignBackground", "foreign-origin");
        await page.CheckAsync("#answer-workPermit");
        await page.SelectOptionAsync("#answer-frenchLevel", "B2");
        await page.CheckAsync("#answer-activelyJobSeeking");
        await page.CheckAsync("#answer-wantsMentor");
        await page.CheckAsync("#consent-contactSharing");
    }

    private void ReportTimingsAndAccessibility()
    {
        foreach (var (page, time) in _timings)
            output.WriteLine($"{page,-28} {time.TotalMilliseconds,7:0} ms until interactive");
        Assert.True(_violations.Count == 0, "Serious or critical accessibility violations:\n" + string.Join("\n", _violations));
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();

    /// <summary>Fills and leaves the field, as a person does: the page takes the value on change.</summary>
    private static async Task FillAsync(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.Locator(selector).BlurAsync();
    }

    private async Task CheckAsync(WebPerson person, string page)
    {
        foreach (var violation in await person.AccessibilityViolationsAsync())
            _violations.Add($"{page}: {violation}");
        output.WriteLine($"axe: {page} checked");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
