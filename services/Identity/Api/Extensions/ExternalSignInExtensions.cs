using Mentorship.Identity.Configuration;
using Mentorship.Identity.ExternalSignIn;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.Extensions;

public static class ExternalSignInExtensions
{
    private static readonly string[] DefaultScopes = [Scopes.Profile, Scopes.Email];

    /// <summary>
    /// The service as a relying party of each institution's provider (Identity:ExternalProviders): one
    /// ASP.NET Core OpenID Connect handler per provider, authorization code with PKCE, the answer in the
    /// query (a top-level GET back from the provider, so the correlation cookies can stay SameSite=Lax).
    /// The handler's sign-in only fills a short-lived cookie; linking to a person happens after it
    /// (ExternalSignInApi). With no provider configured nothing of this is registered.
    /// </summary>
    public static IHostApplicationBuilder AddExternalSignIn(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection($"{IdentityServerOptions.Section}:{nameof(IdentityServerOptions.ExternalProviders)}")
            .Get<Dictionary<string, ExternalProviderSettings>>() ?? [];
        builder.Services.AddSingleton(new ExternalProviders(settings));
        builder.Services.AddScoped<ExternalAccounts>();
        if (settings.Count == 0)
            return builder;

        var isDevelopment = builder.Environment.IsDevelopment();
        var authentication = builder.Services.AddAuthentication().AddCookie(ExternalSignInPaths.CookieScheme, cookie =>
        {
            cookie.Cookie.Name = ExternalSignInPaths.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(10);
        });
        foreach (var (key, provider) in settings)
        {
            authentication.AddOpenIdConnect(ExternalSignInPaths.SchemeOf(key), provider.DisplayName, oidc =>
            {
                oidc.SignInScheme = ExternalSignInPaths.CookieScheme;
                oidc.Authority = provider.Authority;
                oidc.ClientId = provider.ClientId;
                oidc.ClientSecret = provider.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                oidc.CallbackPath = ExternalSignInPaths.CallbackPathOf(key);
                oidc.SignedOutCallbackPath = ExternalSignInPaths.SignedOutCallbackPathOf(key);
                oidc.RemoteSignOutPath = ExternalSignInPaths.SignedOutCallbackPathOf(key) + "/remote";
                oidc.MapInboundClaims = false;
                oidc.SaveTokens = false;
                // Userinfo is read only when the identity token lacks the address (UserInfoAddress).
                oidc.GetClaimsFromUserInfoEndpoint = false;
                // A token without "sub" is refused by ExternalAccounts, with its own reason on the page.
                oidc.ProtocolValidator.RequireSub = false;
                // Locally a provider may be plain HTTP; deployed, its metadata must come over TLS.
                oidc.RequireHttpsMetadata = !isDevelopment;
                oidc.Scope.Clear();
                oidc.Scope.Add(Scopes.OpenId);
                foreach (var scope in provider.Scopes.Count > 0 ? provider.Scopes : [.. DefaultScopes])
                    oidc.Scope.Add(scope);
                foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                }
                oidc.Events.OnRemoteFailure = ExternalSignInFailures.RefuseAsync;
                if (provider.UserInfo)
                    oidc.Events.OnTokenValidated = UserInfoAddress.AddWhenMissingAsync;
            });
        }
        return builder;
    }
}
