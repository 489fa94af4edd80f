using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Web.Components;
using Mentorship.Web.Gateway;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Mentorship.Web.Extensions;

public static class WebServiceExtensions
{
    /// <summary>The public prefix the gateway serves the front end under (GatewayRoutes).</summary>
    public const string PathBase = "/app";

    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddLocalization();
        builder.Services.AddRequestLocalization(options => options
            .SetDefaultCulture(UiLanguages.Default)
            .AddSupportedCultures([.. UiLanguages.All])
            .AddSupportedUICultures([.. UiLanguages.All]));

        // The front end signs people in with a cookie holding the platform's bearer token, which it
        // forwards to the gateway; the services' bearer scheme (AddServiceDefaults) stays for nothing here.
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.Cookie.Name = "mentorship.session";
                options.Cookie.SameSite = SameSiteMode.Lax;
                // A relative address under the path base: the gateway does not pass its host on, so the
                // handler's absolute one would name this app's own address.
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
        // Pages decide what they show to whom; static files and the sign-in page are for everyone.
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(null);

        // "http://gateway": service discovery reads services__gateway__http__0, which the AppHost sets.
        var gateway = new Uri($"http://{ResourceNames.Gateway}");
        builder.Services.AddHttpClient<GatewayClient>(http => http.BaseAddress = gateway);
        builder.Services.AddHttpClient(DevelopmentSignIn.HttpClientName, http => http.BaseAddress = gateway);
        builder.Services.AddScoped<EnrollmentClient>();
        return builder;
    }

    /// <summary>
    /// Requests arrive through the gateway under /app; the same pages answer without the prefix when
    /// the app is reached directly (health probes, a developer on its own port).
    /// </summary>
    public static WebApplication UseWebPathBase(this WebApplication app)
    {
        app.UsePathBase(PathBase);
        // Routing must see the path without the prefix: WebApplication's implicit routing runs first.
        app.UseRouting();
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapWebEndpoints(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapUiLanguageEndpoint();
        if (app.Environment.IsDevelopment())
            app.MapDevelopmentSignIn();
        app.MapSignOut();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
