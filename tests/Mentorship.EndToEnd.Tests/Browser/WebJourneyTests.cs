using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// Sign-in by e-mailed code in a browser, through the gateway of the platform the other end-to-end tests
/// share: a participant signs in with the code the identity service mails (read in the development mail
/// inbox) and applies. Every page is checked with axe-core and timed until interactive. The journey from
/// application to the pair's conversation is <see cref="WebWholeJourneyTests"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class WebJourneyTests(PlatformFixture platform, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PageReport _report = new(output);
    private readonly BrowserSession _browser = platform.Browser.NewSession();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_participant_signs_in_with_the_code_mailed_to_them_and_applies()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        await journey.CreateProgrammeAsync();
        var email = $"code.{Guid.NewGuid():N}@example.org";
        var participant = await _browser.PersonAsync(platform.Gateway, phone: true);

        // From the programme's link to the identity service's page, switched to French there.
        await participant.OpenAsync($"app/p/{journey.ProgrammeId}/apply?role=mentee", "a[href^='signin/oidc']");
        _report.Timed("code sign-in: address", await participant.TimeAsync(() => participant.Page.ClickAsync("a[href^='signin/oidc']"), "form.sign-in-address"));
        await participant.Page.ClickAsync("a[hreflang=fr]");
        await participant.WaitReadyAsync("html[lang=fr] form.sign-in-address");
        await _report.CheckAsync(participant, "code sign-in, address");
        await participant.Page.FillAsync("#email", email);
        _report.Timed("code sign-in: code", await participant.TimeAsync(() => participant.Page.ClickAsync("form.sign-in-address button"), "form.sign-in-code"));
        await _report.CheckAsync(participant, "code sign-in, code");
        await participant.ScreenshotAsync("sign-in-code");
        var code = SixDigits().Match(await platform.Mail.WaitForTextAsync(email, "Votre code de connexion")).Value;

        // A wrong code is refused beside the field; the right one signs in and comes back to the form.
        await participant.Page.FillAsync("#code", code == "000000" ? "111111" : "000000");
        await participant.Page.ClickAsync("form.sign-in-code button");
        await participant.WaitReadyAsync("#code-error");
        Assert.Equal("true", await participant.Page.GetAttributeAsync("#code", "aria-invalid"));
        await _report.CheckAsync(participant, "code sign-in, wrong code");
        await participant.Page.FillAsync("#code", code);
        _report.Timed("apply form, after the code", await participant.TimeAsync(
            () => participant.Page.ClickAsync("form.sign-in-code button"), "main[data-interactive=true] #answer-workPermit"));
        Assert.Contains(email.Split('@')[0], await participant.Page.TextContentAsync("a[href=signout]"));

        await ApplicationForm.FillMenteeAsync(participant, "Bilal", $"{Guid.NewGuid():N}@example.org");
        await participant.Page.ClickAsync("form.application-form button[type=submit]");
        await participant.WaitReadyAsync("#result-heading");
        Assert.Contains("Votre candidature est enregistrée", await participant.Page.TextContentAsync("#result-heading"));

        _report.WriteTimingsAndAssertAccessible();
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();

    public async Task DisposeAsync() => await _browser.DisposeAsync();
}
