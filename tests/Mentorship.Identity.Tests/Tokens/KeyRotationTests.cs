using System.Text.Json;
using Mentorship.Identity.Configuration;
using Mentorship.Identity.Keys;
using Mentorship.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentorship.Identity.Tests.Tokens;

public sealed class KeyRotationTests(RotatingKeysFactory identity) : IClassFixture<RotatingKeysFactory>
{
    [Fact]
    public async Task During_a_rotation_both_keys_are_published_and_the_first_signs()
    {
        using var client = identity.CreateClient();

        var jwks = JsonDocument.Parse(await client.GetStringAsync("/.well-known/jwks"));
        var tokens = await new SignInFlow(identity).TokensForAsync(SignInFlow.NewEmail());

        var published = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString());
        Assert.Equal(new[] { identity.KeyIdOf("new-signing.pem"), identity.KeyIdOf("old-signing.pem") }.Order(), published.Order());
        Assert.Equal(identity.KeyIdOf("new-signing.pem"), new JsonWebToken(tokens.AccessToken).Kid);
        Assert.True((await Jwks.ValidateAsync(client, tokens.AccessToken)).IsValid);
    }

    [Fact]
    public void Outside_development_the_service_refuses_to_start_without_its_keys()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => ServerKeys.From(new IdentityServerOptions(), isDevelopment: false));

        Assert.Contains("Identity__SigningKeys__0__Path", refusal.Message, StringComparison.Ordinal);
    }
}
