using System.Text.Json.Serialization;

namespace Mentorship.Identity.Tests.Support;

/// <summary>The token endpoint's answer.</summary>
public sealed record IssuedTokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("id_token")] string? IdentityToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
