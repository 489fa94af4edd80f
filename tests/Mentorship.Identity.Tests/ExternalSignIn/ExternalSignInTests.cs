using System.Net;
using System.Net.Http.Json;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Tests.ExternalSignIn;

/// <summary>The whole redirect flow through an institution's provider (a fake one on its own port), as a browser follows it.</summary>
public sealed class ExternalSignInTests(ExternalProviderFactory identity) : IClassFixture<ExternalProviderFactory>
{
    private const string Key = ExternalProviderFactory.ProviderKey;

    [Fact]
    public async Task A_first_sign_in_with_an_institution_creates_a_person_linked_to_the_account_and_the_web_client_gets_the_platforms_tokens()
    {
        var email = SignInFlow.NewEmail("ada");
        var account = FakeProviderAccount.New(email);
        using var browser = new ExternalBrowser(identity);

        var page = await browser.OpenSignInPageAsync();
        using var signedIn = await SignInAsync(browser, page, account);

        Assert.Contains($"""<button type="submit" name="provider" value="{Key}">Se connecter avec UCLouvain</button>""", page, StringComparison.Ordinal);
        Assert.Equal("S256", identity.Provider.LastAuthorization["code_challenge_method"]);
        Assert.Equal("openid profile email", identity.Provider.LastAuthorization["scope"]);
        var personId = await PersonOfTokensAsync(browser, signedIn);
        var link = await identity.QueryAsync(db => db.ExternalLogins.AsNoTracking().SingleAsync(l => l.Provider == Key && l.Subject == account.Subject));
        var person = await identity.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == link.PersonId));
        Assert.Equal(person.Id, personId);
        Assert.Equal(ExternalProviderFactory.Institution, link.Institution);
        Assert.Equal(email, person.Email);
        Assert.Equal("Ada Lovelace", person.DisplayName);
    }

    [Fact]
    public async Task An_address_the_provider_gives_at_its_userinfo_endpoint_only_counts_as_one_in_the_identity_token()
    {
        var email = SignInFlow.NewEmail("userinfo");
        var personId = await new SignInFlow(identity).SignInAsync(email);
        var account = FakeProviderAccount.New(email) with { AddressInUserInfoOnly = true };
        using var browser = new ExternalBrowser(identity);

        using var signedIn = await SignInAsync(browser, await browser.OpenSignInPageAsync(), account);

        Assert.Equal(personId, await PersonOfTokensAsync(browser, signedIn));
        Assert.Equal(personId, await identity.QueryAsync(db => db.ExternalLogins.Where(l => l.Subject == account.Subject).Select(l => l.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task A_second_sign_in_with_the_same_account_is_the_same_person_even_with_another_address()
    {
        var account = FakeProviderAccount.New(SignInFlow.NewEmail());
        using var first = new ExternalBrowser(identity);
        using var second = new ExternalBrowser(identity);

        using var firstSignIn = await SignInAsync(first, await first.OpenSignInPageAsync(), account);
        var firstPerson = await PersonOfTokensAsync(first, firstSignIn);
        using var secondSignIn = await SignInAsync(second, await second.OpenSignInPageAsync(), account with { Email = SignInFlow.NewEmail("moved") });
        var secondPerson = await PersonOfTokensAsync(second, secondSignIn);

        Assert.Equal(firstPerson, secondPerson);
        Assert.Equal(1, await identity.QueryAsync(db => db.ExternalLogins.CountAsync(l => l.PersonId == firstPerson)));
    }

    [Fact]
    public async Task A_verified_address_links_the_account_to_the_person_who_signs_in_by_code_with_it()
    {
        var email = SignInFlow.NewEmail("grace");
        var personId = await new SignInFlow(identity).SignInAsync(email);
        var account = FakeProviderAccount.New(email.ToUpperInvariant());
        using var browser = new ExternalBrowser(identity);

        using var signedIn = await SignInAsync(browser, await browser.OpenSignInPageAsync(), account);

        Assert.Equal(personId, await PersonOfTokensAsync(browser, signedIn));
        Assert.Equal(personId, await identity.QueryAsync(db => db.ExternalLogins.Where(l => l.Subject == account.Subject).Select(l => l.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task An_unverified_address_that_is_already_someones_is_refused_and_opens_no_session()
    {
        var email = SignInFlow.NewEmail("victim");
        var personId = await new SignInFlow(identity).SignInAsync(email);
        var account = FakeProviderAccount.New(email, emailVerified: false);
        using var browser = new ExternalBrowser(identity);

        using var refused = await SignInAsync(browser, await browser.OpenSignInPageAsync(), account);

        var page = await SignInPages.ReadAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("""<p id="refusal" class="refusal" role="alert">UCLouvain n'a pas confirmé votre adresse e-mail""", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/connect/sign-in/code\"", page, StringComparison.Ordinal);
        Assert.False(await identity.QueryAsync(db => db.ExternalLogins.AnyAsync(l => l.Subject == account.Subject || l.PersonId == personId)));
        using var again = await browser.FollowAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(identity.Server.BaseAddress, SignInFlow.AuthorizeUri("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))));
        await SignInPages.ReadAsync(again, HttpStatusCode.OK);
        Assert.Contains(identity.Refusals.Lines, line => line.Contains($"{Key} refused: UnverifiedEmailInUse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unverified_address_nobody_has_makes_a_new_person_who_does_not_get_the_address()
    {
        var email = SignInFlow.NewEmail("unchecked");
        var account = FakeProviderAccount.New(email, emailVerified: false, name: null);
        using var browser = new ExternalBrowser(identity);

        using var signedIn = await SignInAsync(browser, await browser.OpenSignInPageAsync(), account);

        var personId = await PersonOfTokensAsync(browser, signedIn);
        var person = await identity.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == personId));
        Assert.Null(person.Email);
        Assert.Equal(ExternalProviderFactory.ProviderName, person.DisplayName);
        Assert.False(await identity.QueryAsync(db => db.People.AnyAsync(p => p.Email == email)));
    }

    [Fact]
    public async Task An_error_from_the_provider_shows_the_refusal_on_the_sign_in_page_and_is_logged()
    {
        using var browser = new ExternalBrowser(identity);
        var page = await browser.OpenSignInPageAsync();
        identity.Provider.NextError = "access_denied";
        HttpResponseMessage refused;
        try
        {
            refused = await browser.SignInWithAsync(page, Key);
        }
        finally
        {
            identity.Provider.NextError = null;
        }

        using (refused)
        {
            var shown = await SignInPages.ReadAsync(refused, HttpStatusCode.Forbidden);
            Assert.Contains("""<p id="refusal" class="refusal" role="alert">La connexion avec UCLouvain n'a pas abouti""", shown, StringComparison.Ordinal);
            Assert.Equal("/connect/authorize", ReturnUrlOf(shown).Split('?')[0]);
        }

        Assert.Contains(identity.Refusals.Lines, line => line.Contains($"{Key} refused: ProviderError", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_identity_token_without_subject_is_refused()
    {
        using var browser = new ExternalBrowser(identity);

        using var refused = await SignInAsync(browser, await browser.OpenSignInPageAsync(), FakeProviderAccount.New(SignInFlow.NewEmail()) with { Subject = null });

        var page = await SignInPages.ReadAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("La connexion avec UCLouvain n'a pas indiqué qui vous êtes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_the_service_does_not_know_is_refused_on_the_page()
    {
        using var browser = new ExternalBrowser(identity);

        using var refused = await browser.SignInWithAsync(await browser.OpenSignInPageAsync(), "elsewhere");

        var page = await SignInPages.ReadAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("Cette connexion n'est pas proposée ici.", page, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SignInAsync(ExternalBrowser browser, string page, FakeProviderAccount account)
    {
        identity.Provider.NextAccount = account;
        return await browser.SignInWithAsync(page, Key);
    }

    /// <summary>Redeems the code the web client received, as the web client does; returns the person the tokens are for.</summary>
    private async Task<Guid> PersonOfTokensAsync(ExternalBrowser browser, HttpResponseMessage signedIn)
    {
        using var redeemed = await new SignInFlow(identity).RedeemAsync(ExternalBrowser.CodeOf(signedIn), browser.Verifier);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        var tokens = (await redeemed.Content.ReadFromJsonAsync<IssuedTokens>())!;
        var validated = await Jwks.ValidateAsync(identity.CreateClient(), tokens.AccessToken);
        Assert.True(validated.IsValid, validated.Exception?.Message);
        return Guid.Parse(validated.ClaimsIdentity.FindFirst(PlatformClaims.Subject)!.Value);
    }

    private static string ReturnUrlOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, """name="returnUrl" value="([^"]*)""").Groups[1].Value;
}
