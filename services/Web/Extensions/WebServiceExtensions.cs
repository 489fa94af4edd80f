using Mentorship.Web.Portal;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Web.Components;
using Mentorship.Web.Downloads;
using Mentorship.Web.Gateway;
using Mentorship.Web.Live;
using Mentorship.Web.Session;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

        builder.AddWebSignIn();
        // Pages decide what they show to whom; static files and the sign-in page are for everyone.
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(null);

        // "http://gateway": service discovery reads services__gateway__http__0, which the AppHost sets.
        var gateway = new Uri($"http://{ResourceNames.Gateway}");
        builder.Services.AddHttpClient<GatewayClient>(http => http.BaseAddress = gateway);
        builder.Services.AddHttpClient(DevelopmentSignIn.HttpClientName, http => http.BaseAddress = gateway);
        builder.Services.AddScoped<EnrollmentClient>();
        builder.Services.AddScoped<PrivacyClient>();
        builder.AddConsoleMonitoring(gateway);
        builder.Services.AddScoped<MatchingClient>();
        builder.Services.AddScoped<MentoringClient>();
        builder.Services.AddScoped<MessagingClient>();
        builder.Services.AddScoped<SurveysClient>();
        builder.Services.AddScoped<IPairMessageFeed, HubPairMessageFeed>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PortalHostOptions>().BindConfiguration(PortalHostOptions.Section);
        return builder;
    }

    /// <summary>
    /// Requests arrive through the gateway under /app; the same pages answer without the prefix when
    /// the app is reached directly (health probes, a developer on its own port).
    /// </summary>
    public static WebApplication UseWebPathBase(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UsePathBase(PathBase);
        app.UsePortalHosts();
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
        if (app.Configuration.SignsInWithIdentityService())
            app.MapOpenIdConnectSignIn();
        app.MapSignOut();
        app.MapExportDownloads();
        app.MapPersonalDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
