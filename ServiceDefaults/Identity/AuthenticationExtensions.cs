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
    /// OpenID Connect authority are trusted; in Development without one, the development key is.
    /// Claims keep their token names (sub, roles, programmes).
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

                if (!string.IsNullOrWhiteSpace(identity.Value.Authority))
                {
                    jwt.Authority = identity.Value.Authority;
                    return;
                }

                jwt.TokenValidationParameters.ValidIssuer = DevelopmentTokens.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.SigningKey;
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
