using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentorship.Identity.Tests.Tokens;

public sealed class AuthorizationCodeFlowTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_signed_in_person_gets_an_access_token_with_their_claims_signed_by_a_published_key()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail("grace");
        var personId = await flow.SignInAsync(email);
        var (programmeA, programmeB) = (Guid.NewGuid(), Guid.NewGuid());
        await identity.GrantAsync(programmeA, personId, PlatformRoles.Coordinator);
        await identity.GrantAsync(programmeB, personId, PlatformRoles.Referent);

        var (code, verifier) = await flow.AuthorizeAsync();
        using var response = await flow.RedeemAsync(code, verifier);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = (await response.Content.ReadFromJsonAsync<IssuedTokens>())!;
        var validated = await Jwks.ValidateAsync(identity.CreateClient(), tokens.AccessToken);
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var claims = validated.ClaimsIdentity;
        Assert.Equal(personId.ToString(), claims.FindFirst(PlatformClaims.Subject)?.Value);
        Assert.Equal(email.Split('@')[0], claims.FindFirst(PlatformClaims.Name)?.Value);
        Assert.Equal(Locales.French, claims.FindFirst(PlatformClaims.Locale)?.Value);
        Assert.Equal(
            new[] { $"{programmeA}:coordinator", $"{programmeB}:referent" }.Order(),
            claims.FindAll(PlatformClaims.ProgrammeRoles).Select(c => c.Value).Order());
        Assert.NotNull(tokens.RefreshToken);
        Assert.NotNull(tokens.IdentityToken);
    }

    [Fact]
    public async Task An_operator_address_gets_the_ops_role_in_both_tokens()
    {
        var tokens = await new SignInFlow(identity).TokensForAsync(IdentityFactory.OperatorEmail);

        var validated = await Jwks.ValidateAsync(identity.CreateClient(), tokens.AccessToken);

        Assert.Equal([PlatformRoles.Ops], validated.ClaimsIdentity.FindAll(PlatformClaims.Roles).Select(c => c.Value));
        // The deployed dashboard admits people by this claim of the identity token.
        Assert.Equal([PlatformRoles.Ops], new JsonWebToken(tokens.IdentityToken).Claims.Where(c => c.Type == PlatformClaims.Roles).Select(c => c.Value));
    }

    [Fact]
    public async Task The_access_token_is_a_plain_signed_jwt_so_services_need_only_the_jwks()
    {
        var tokens = await new SignInFlow(identity).TokensForAsync(SignInFlow.NewEmail());

        Assert.Equal(3, tokens.AccessToken.Split('.').Length);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_with_the_grants_of_now()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        var tokens = await flow.TokensForAsync(email);
        var personId = await identity.QueryAsync(db => db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());
        var programme = Guid.NewGuid();
        await identity.GrantAsync(programme, personId, PlatformRoles.Researcher);

        using var response = await flow.RefreshAsync(tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = (await response.Content.ReadFromJsonAsync<IssuedTokens>())!;
        var validated = await Jwks.ValidateAsync(identity.CreateClient(), refreshed.AccessToken);
        Assert.True(validated.IsValid, validated.Exception?.Message);
        Assert.Equal($"{programme}:researcher", validated.ClaimsIdentity.FindFirst(PlatformClaims.ProgrammeRoles)?.Value);
    }

    [Fact]
    public async Task A_code_redeemed_with_the_wrong_verifier_is_refused()
    {
        var flow = new SignInFlow(identity);
        await flow.SignInAsync(SignInFlow.NewEmail());
        var (code, _) = await flow.AuthorizeAsync();

        using var response = await flow.RedeemAsync(code, "a-verifier-that-is-not-the-one-whose-challenge-was-sent-123");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Authorizing_without_a_session_sends_the_browser_to_the_sign_in_page()
    {
        using var browser = identity.CreateBrowser();

        using var response = await browser.GetAsync(SignInFlow.AuthorizeUri("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/connect/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fconnect%2Fauthorize", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorizing_without_pkce_is_refused()
    {
        var flow = new SignInFlow(identity);
        await flow.SignInAsync(SignInFlow.NewEmail());

        using var response = await flow.Browser.GetAsync(
            $"/connect/authorize?client_id=web&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(IdentityFactory.RedirectUri)}");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
