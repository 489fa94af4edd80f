using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Tests.Profile;

public sealed class ProfileApiTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_person_changes_their_own_name_and_language_and_their_next_tokens_carry_them()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail("ada");
        var tokens = await flow.TokensForAsync(email);
        var otherEmail = SignInFlow.NewEmail("other");
        await new SignInFlow(identity).SignInAsync(otherEmail);
        using var client = identity.CreateClient(tokens.AccessToken);

        var before = await client.GetFromJsonAsync<JsonElement>("/api/me/profile");
        using var saved = await client.PutAsJsonAsync("/api/me/profile", new { displayName = "  Ada Lovelace  ", preferredLanguage = "nl" });
        var after = await client.GetFromJsonAsync<JsonElement>("/api/me/profile");
        using var refreshed = await flow.RefreshAsync(tokens.RefreshToken!);

        Assert.Equal((email.Split('@')[0], "fr", email), (Text(before, "displayName"), Text(before, "preferredLanguage"), Text(before, "email")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("Ada Lovelace", "nl"), (Text(after, "displayName"), Text(after, "preferredLanguage")));
        Assert.Equal(0, after.GetProperty("linkedAccounts").GetArrayLength());
        var claims = (await Jwks.ValidateAsync(identity.CreateClient(), (await refreshed.Content.ReadFromJsonAsync<IssuedTokens>())!.AccessToken)).ClaimsIdentity;
        Assert.Equal(("Ada Lovelace", "nl"), (claims.FindFirst(PlatformClaims.Name)?.Value, claims.FindFirst(PlatformClaims.Locale)?.Value));
        var other = await identity.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Email == otherEmail));
        Assert.Equal((otherEmail.Split('@')[0], "fr"), (other.DisplayName, other.Locale));
    }

    [Theory]
    [InlineData("", "fr", "displayName")]
    [InlineData("   ", "fr", "displayName")]
    [InlineData(null, "fr", "displayName")]
    [InlineData("Ada\u0007Lovelace", "fr", "displayName")]
    [InlineData("a-name-of-sixty-one-characters-is-one-too-many-for-a-displays", "fr", "displayName")]
    [InlineData("Ada", "de", "preferredLanguage")]
    [InlineData("Ada", null, "preferredLanguage")]
    [InlineData("Ada", "FR", "preferredLanguage")]
    public async Task A_name_or_language_out_of_the_rules_is_refused_naming_the_field(string? displayName, string? preferredLanguage, string field)
    {
        var tokens = await new SignInFlow(identity).TokensForAsync(SignInFlow.NewEmail());
        using var client = identity.CreateClient(tokens.AccessToken);

        using var refused = await client.PutAsJsonAsync("/api/me/profile", new { displayName, preferredLanguage });

        var message = await refused.ValidationErrorAsync(field);
        Assert.StartsWith(field, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_field_is_explained_in_the_language_the_request_asks_for()
    {
        var tokens = await new SignInFlow(identity).TokensForAsync(SignInFlow.NewEmail());
        using var client = identity.CreateClient(tokens.AccessToken);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");

        using var refused = await client.PutAsJsonAsync("/api/me/profile", new { displayName = "Ada", preferredLanguage = "de" });

        Assert.Equal("preferredLanguage doit être l'une des valeurs suivantes : fr, nl, en.", await refused.ValidationErrorAsync("preferredLanguage"));
    }

    [Fact]
    public async Task Sixty_characters_once_trimmed_are_accepted()
    {
        var tokens = await new SignInFlow(identity).TokensForAsync(SignInFlow.NewEmail());
        using var client = identity.CreateClient(tokens.AccessToken);
        var sixty = new string('é', 60);

        using var saved = await client.PutAsJsonAsync("/api/me/profile", new { displayName = $" {sixty} ", preferredLanguage = "en" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(sixty, Text(await saved.Content.ReadFromJsonAsync<JsonElement>(), "displayName"));
    }

    [Fact]
    public async Task Only_a_person_who_signed_in_has_a_profile_and_a_clients_token_or_no_token_gets_none()
    {
        using var stranger = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Nobody", [], []));
        using var integration = identity.CreateClient(await ClientTokenAsync());
        using var anonymous = identity.CreateClient();

        using var strangerRead = await stranger.GetAsync("/api/me/profile");
        using var strangerWrite = await stranger.PutAsJsonAsync("/api/me/profile", new { displayName = "Mallory", preferredLanguage = "en" });
        using var integrationRead = await integration.GetAsync("/api/me/profile");
        using var anonymousRead = await anonymous.GetAsync("/api/me/profile");

        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integrationRead.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
    }

    private async Task<string> ClientTokenAsync()
    {
        using var client = identity.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityFactory.IntegrationClientId,
            ["client_secret"] = IdentityFactory.IntegrationSecret,
        }));
        return (await response.Content.ReadFromJsonAsync<IssuedTokens>())!.AccessToken;
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
