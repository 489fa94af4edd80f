using FluentValidation;
using Mentorship.Identity.Clients;
using Mentorship.Identity.Configuration;
using Mentorship.Identity.Data;
using Mentorship.Identity.Mail;
using Mentorship.Identity.SignIn;
using Mentorship.Identity.Tokens;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Mentorship.Identity.Extensions;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ResourceNames.IdentityDb);
        builder.Services.AddOptions<IdentityServerOptions>().BindConfiguration(IdentityServerOptions.Section);
        builder.Services.AddValidatorsFromAssemblyContaining<IdentityDbContext>(ServiceLifetime.Singleton);

        // Every replica reads the cookies every other one wrote.
        builder.Services.AddDataProtection()
            .SetApplicationName("mentorship-identity")
            .PersistKeysToDbContext<IdentityDbContext>();
        builder.Services.AddAuthentication().AddCookie(SignInCookie.Scheme);
        builder.Services.AddOptions<CookieAuthenticationOptions>(SignInCookie.Scheme)
            .Configure<IOptions<IdentityServerOptions>>((cookie, identity) =>
            {
                cookie.Cookie.Name = SignInCookie.Name;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = SignInCookie.Lifetime;
                cookie.LoginPath = identity.Value.SignInPage;
            });

        // The scheme and host clients used reach the service through the gateway as X-Forwarded-*
        // headers: the issuer and the redirects must be built from them. Only the gateway reaches the
        // service (network policies), so the headers are trusted from any address.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });

        builder.Services.AddScoped<SignInCodes>();
        builder.Services.AddScoped<TokenClaims>();
        builder.Services.AddSingleton<SignInCodeMailer>();
        builder.Services.AddHostedService<ClientRegistrations>();
        builder.AddOpenIdConnectServer();
        return builder;
    }
}
