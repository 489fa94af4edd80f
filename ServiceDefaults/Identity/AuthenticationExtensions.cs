using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mentorship.ServiceDefaults.Identity;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer tokens on every endpoint unless it opts out (health, OpenAPI). Tokens of the configured
    /// OpenID Connect authority are trusted (its issuer and JWKS from its discovery document); in
    /// Development the development key is too. Claims keep their token names (sub, roles, programme_roles).
    /// </summary>
    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var environment = builder.Environment;
        builder.Services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.Section)
            .Validate(
                identity => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(identity.Authority),
                "Identity:Authority must name the OpenID Connect authority outside Development.")
            .ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityOptions>>((jwt, identity) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                jwt.TokenValidationParameters.RoleClaimType = PlatformClaims.Roles;
                jwt.TokenValidationParameters.ValidAudience = identity.Value.Audience;

                // The handler adds the authority's issuer and JWKS keys to these, so in Development
                // the development key keeps working beside the authority (tests, /dev/token).
                if (environment.IsDevelopment())
                {
                    jwt.TokenValidationParameters.ValidIssuers = [DevelopmentTokens.Issuer];
                    jwt.TokenValidationParameters.IssuerSigningKeys = [DevelopmentTokens.SigningKey];
                }

                if (!string.IsNullOrWhiteSpace(identity.Value.Authority))
                {
                    jwt.Authority = identity.Value.Authority;
                    // Locally the authority is plain HTTP behind the gateway; deployed, only HTTPS.
                    jwt.RequireHttpsMetadata = !environment.IsDevelopment();
                }
            });

        builder.Services.AddHostedService<AuthorityWarmUp>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
