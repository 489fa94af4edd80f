using System.Net;
using System.Security.Cryptography;
using System.Text;
using Mentorship.Identity.Resources;
using Mentorship.Identity.SignIn;
using Mentorship.Identity.Tests.Support;
using Mentorship.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Tests.SignIn;

public sealed class SignInPagesTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_browser_sent_to_sign_in_gives_its_address_then_the_mailed_code_and_returns_to_the_authorization_request()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail("page");
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        using var authorize = await flow.Browser.GetAsync(SignInFlow.AuthorizeUri(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))));
        var signInPage = authorize.Headers.Location!;

        using var addressStep = await flow.Browser.GetAsync(signInPage);
        var address = await SignInPages.ReadAsync(addressStep, HttpStatusCode.OK);
        Assert.Contains("""<html lang="fr">""", address, StringComparison.Ordinal);
        Assert.Contains("""<label for="email">Adresse e-mail</label>""", address, StringComparison.Ordinal);

        using var codeStep = await SignInPages.PostAsync(flow.Browser, address, "/connect/sign-in/code", ("email", $" {email.ToUpperInvariant()} "));
        var code = await SignInPages.ReadAsync(codeStep, HttpStatusCode.OK);
        Assert.Contains("""<label for="code">Code reçu par e-mail</label>""", code, StringComparison.Ordinal);
        Assert.Equal("Votre code de connexion", Assert.Single(identity.Mail.To(email)).Subject);

        var mailed = flow.MailedCode(email);
        using var wrong = await SignInPages.PostAsync(flow.Browser, code, "/connect/sign-in/verify", ("code", mailed == "123456" ? "654321" : "123456"));
        var refused = await SignInPages.ReadAsync(wrong, HttpStatusCode.BadRequest);
        Assert.Contains("aria-describedby=\"code-hint code-error\" aria-invalid=\"true\"", refused, StringComparison.Ordinal);
        Assert.Contains("""<p id="code-error" class="field-error">Ce code est erroné ou a expiré.</p>""", refused, StringComparison.Ordinal);

        using var verified = await SignInPages.PostAsync(flow.Browser, refused, "/connect/sign-in/verify", ("code", mailed));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(QueryHelpers.ParseQuery(signInPage.Query)["ReturnUrl"].ToString(), verified.Headers.Location!.OriginalString);
        using var authorized = await flow.Browser.GetAsync(verified.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        Assert.StartsWith(IdentityFactory.RedirectUri + "?code=", authorized.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_speaks_the_language_chosen_on_it_and_keeps_it_in_the_cookie_the_web_front_end_reads()
    {
        using var browser = identity.CreateBrowser();

        using var chosen = await browser.GetAsync("/connect/sign-in?ReturnUrl=%2Fconnect%2Fauthorize&lang=nl");
        using var again = await browser.GetAsync("/connect/sign-in?ReturnUrl=%2Fconnect%2Fauthorize");

        Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Culture=c%3Dnl%7Cuic%3Dnl;", StringComparison.Ordinal));
        var page = await SignInPages.ReadAsync(again, HttpStatusCode.OK);
        Assert.Contains("""<html lang="nl">""", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Aanmelden</h1>", page, StringComparison.Ordinal);
        Assert.Contains("""<a href="/connect/sign-in?ReturnUrl=%2Fconnect%2Fauthorize&lang=en" hreflang="en" lang="en">English</a>""", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_is_not_one_is_refused_beside_its_field_and_a_post_without_the_pages_token_is_refused()
    {
        using var browser = identity.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        using var addressStep = await browser.GetAsync("/connect/sign-in?ReturnUrl=%2Fconnect%2Fauthorize");
        var address = await SignInPages.ReadAsync(addressStep, HttpStatusCode.OK);

        using var refused = await SignInPages.PostAsync(browser, address, "/connect/sign-in/code", ("email", "not-an-address"));
        using var forged = await browser.PostAsync("/connect/sign-in/code", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = SignInFlow.NewEmail() }));

        var page = await SignInPages.ReadAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("value=\"not-an-address\" aria-describedby=\"email-hint email-error\" aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("""<p id="email-error" class="field-error">Enter an e-mail address such as name@example.org.</p>""", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_returns_to_the_clients_registered_address()
    {
        var flow = new SignInFlow(identity);
        var tokens = await flow.TokensForAsync(SignInFlow.NewEmail());

        using var signedOut = await flow.Browser.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens.IdentityToken,
            ["post_logout_redirect_uri"] = IdentityFactory.PostLogoutRedirectUri,
            ["state"] = "state-2",
        }));
        using var authorizeAgain = await flow.Browser.GetAsync(SignInFlow.AuthorizeUri("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal($"{IdentityFactory.PostLogoutRedirectUri}?state=state-2", signedOut.Headers.Location!.ToString());
        Assert.Equal("/connect/sign-in", authorizeAgain.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/connect/authorize?client_id=web", "/connect/authorize?client_id=web")]
    [InlineData(null, "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    public void After_signing_in_the_browser_goes_only_to_a_path_of_this_site(string? returnUrl, string expected)
    {
        Assert.Equal(expected, ReturnUrls.LocalOrDefault(returnUrl));
    }

    [Fact]
    public void Every_text_of_the_pages_is_written_in_french_dutch_and_english()
    {
        TextResources.AssertWrittenInEveryLanguage(IdentityTexts.All);
    }
}
