using Mentorship.Identity.Configuration;
using Mentorship.Identity.Data;
using Mentorship.Identity.Keys;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.Extensions;

public static class OpenIdConnectServerExtensions
{
    public const string AuthorizationPath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";

    /// <summary>
    /// The OpenID Connect server over the service's database: authorization code with PKCE, refresh
    /// tokens, client credentials and sign-out (end session), access tokens as signed, unencrypted JWTs that any service checks
    /// against the published JWKS (/.well-known/jwks). Its own tokens are also accepted on its own API.
    /// </summary>
    public static IHostApplicationBuilder AddOpenIdConnectServer(this IHostApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizationPath[1..])
                    .SetTokenEndpointUris(TokenPath[1..])
                    .SetEndSessionEndpointUris(EndSessionPath[1..]);
                server.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                server.RegisterScopes(Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                server.DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                // Locally everything is plain HTTP; deployed, TLS ends at the ingress and the gateway
                // says so in X-Forwarded-Proto.
                if (isDevelopment)
                    aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        // Keys and issuer are read when the server first needs them, once configuration is complete.
        builder.Services.AddOptions<OpenIddictServerOptions>()
            .Configure<IOptions<IdentityServerOptions>, IOptions<ServiceDefaults.Identity.IdentityOptions>>((server, identity, platform) =>
            {
                var keys = ServerKeys.From(identity.Value, isDevelopment);
                foreach (var key in keys.Signing)
                    server.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
                foreach (var key in keys.Encryption)
                    server.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));

                var issuer = identity.Value.Issuer ?? platform.Value.Authority;
                if (!string.IsNullOrWhiteSpace(issuer))
                    server.Issuer = new Uri(issuer, UriKind.Absolute);
            });
        return builder;
    }
}
