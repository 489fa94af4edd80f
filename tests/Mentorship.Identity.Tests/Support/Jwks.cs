using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Tests.Support;

/// <summary>Validates a token as a service would: issuer and keys from the discovery document and its JWKS only.</summary>
public static class Jwks
{
    public static async Task<TokenValidationResult> ValidateAsync(HttpClient client, string token)
    {
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        var keys = new JsonWebKeySet(await client.GetStringAsync(jwksUri.PathAndQuery));
        return await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "mentorship",
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
    }
}
