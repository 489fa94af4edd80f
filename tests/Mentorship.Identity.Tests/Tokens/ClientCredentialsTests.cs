using System.Net;
using System.Net.Http.Json;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Identity.Tests.Tokens;

public sealed class ClientCredentialsTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_configured_integration_gets_a_token_with_its_roles()
    {
        using var client = identity.CreateClient();

        using var response = await RequestAsync(client, IdentityFactory.IntegrationSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = (await response.Content.ReadFromJsonAsync<IssuedTokens>())!;
        var validated = await Jwks.ValidateAsync(client, tokens.AccessToken);
        Assert.True(validated.IsValid, validated.Exception?.Message);
        Assert.Equal(IdentityFactory.IntegrationClientId, validated.ClaimsIdentity.FindFirst(PlatformClaims.Subject)?.Value);
        Assert.Equal([PlatformRoles.Ops], validated.ClaimsIdentity.FindAll(PlatformClaims.Roles).Select(c => c.Value));
        Assert.Null(tokens.RefreshToken);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused()
    {
        using var client = identity.CreateClient();

        using var response = await RequestAsync(client, "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_public_web_client_cannot_use_client_credentials()
    {
        using var client = identity.CreateClient();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "web",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, string secret) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityFactory.IntegrationClientId,
            ["client_secret"] = secret,
        }));
}
