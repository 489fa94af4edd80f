using System.Security.Claims;
using System.Security.Cryptography;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Gateway.Bench;

/// <summary>
/// The identity service as the gateway sees it once its JWKS is cached: an RS256 key, an issuer, and an
/// access token shaped like Identity's (sub, name, locale, roles, three programme roles, audience
/// mentorship). The gateway's own setup (AddPlatformAuthentication, Production) is used unchanged; the
/// discovery document is handed to it as already fetched, so no request leaves the process.
/// </summary>
public static class BenchAuthority
{
    public const string Issuer = "https://identity.bench.example";

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "bench-signing-key" };

    public static string AccessToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = DevelopmentTokens.Audience,
        TokenType = "at+jwt",
        Subject = new ClaimsIdentity(
        [
            new(PlatformClaims.Subject, Guid.NewGuid().ToString()),
            new(PlatformClaims.Name, "Amina Benali"),
            new("locale", "fr"),
            new(PlatformClaims.Roles, PlatformRoles.Coordinator),
            .. Enumerable.Range(0, 3).Select(_ => new Claim("programme_roles", $"{Guid.NewGuid()}:{PlatformRoles.Coordinator}")),
        ]),
        IssuedAt = DateTime.UtcNow,
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>The gateway's bearer setup in Production, pointed at this authority, with its metadata already cached.</summary>
    public static void AddGatewayAuthentication(IHostApplicationBuilder builder)
    {
        // Console logging of each request would be measured with it; the gateway ships its logs elsewhere.
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{IdentityOptions.Section}:Authority"] = Issuer });
        builder.AddPlatformAuthentication();
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
            metadata.SigningKeys.Add(new RsaSecurityKey(Key.Rsa.ExportParameters(false)) { KeyId = Key.KeyId });
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
        });
        // Its job (fetching the metadata at start) is done: the metadata above stands for the cache.
        builder.Services.Remove(builder.Services.Single(service => service.ImplementationType == typeof(AuthorityWarmUp)));
    }
}
