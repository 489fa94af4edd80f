using FluentValidation;
using Mentorship.Identity.Clients;
using Mentorship.Identity.Configuration;
using Mentorship.Identity.Data;
using Mentorship.Identity.Mail;
using Mentorship.Identity.SignIn;
using Mentorship.Identity.Tokens;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Mentorship.Identity.Extensions;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ResourceNames.IdentityDb);
        builder.AddIdentityMessaging();
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

        builder.Services.TrustGatewayForwardedHeaders();

        // The sign-in pages: server-rendered components, their forms protected against cross-site posts.
        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery();

        builder.Services.AddScoped<SignInCodes>();
        builder.Services.AddScoped<TokenClaims>();
        builder.Services.AddSingleton<SignInCodeMailer>();
        builder.Services.AddHostedService<ClientRegistrations>();
        builder.AddOpenIdConnectServer();
        builder.AddExternalSignIn();
        return builder;
    }
}
