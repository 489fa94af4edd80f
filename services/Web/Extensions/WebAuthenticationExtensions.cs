using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Mentorship.Web.Extensions;

public static class WebAuthenticationExtensions
{
    /// <summary>How long a session lasts without a visit; within it, its tokens are renewed (SessionRefresh).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// People are signed in with a cookie (the session) holding the platform's bearer token, which the
    /// front end forwards to the gateway. The token comes from the identity service by OpenID Connect when
    /// Identity:Authority names it (always outside Development), and in Development also from the persona
    /// picker. The services' bearer scheme (AddServiceDefaults) stays for nothing here.
    /// </summary>
    public static IHostApplicationBuilder AddWebSignIn(this IHostApplicationBuilder builder)
    {
        var authentication = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.Cookie.Name = "mentorship.session";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = SessionLifetime;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionRefresh.ValidateAsync;
                // A relative address under the path base: the handler's absolute one would name this app's
                // own address when reached without the gateway.
                options.Events.OnRedirectToLogin = context =>
                {
                    context.Response.Redirect(
                        $"{context.Request.PathBase}/signin?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
                    return Task.CompletedTask;
                };
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.Redirect($"{context.Request.PathBase}/");
                    return Task.CompletedTask;
                };
            });

        var authority = builder.Configuration[$"{IdentityOptions.Section}:{nameof(IdentityOptions.Authority)}"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            var isDevelopment = builder.Environment.IsDevelopment();
            authentication.AddOpenIdConnect(options => OpenIdConnectSignIn.Configure(options, authority, isDevelopment));
        }

        // The sign-in callback must be built with the address the browser used: the gateway's.
        builder.Services.TrustGatewayForwardedHeaders();
        return builder;
    }

    /// <summary>True when people sign in through the identity service (Identity:Authority is set).</summary>
    public static bool SignsInWithIdentityService(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{IdentityOptions.Section}:{nameof(IdentityOptions.Authority)}"]);
}
