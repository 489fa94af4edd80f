using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Mentorship.Web.Session;

/// <summary>
/// Sign-in through the platform's identity service: OpenID Connect, authorization code with PKCE (S256),
/// as its public client "web". The identity service asks for the e-mailed code on its own pages; the
/// tokens come back here and the session cookie keeps them (SaveTokens: the refresh token and the
/// identity token for signing out), its principal made from the access token (SessionClaims).
/// </summary>
public static class OpenIdConnectSignIn
{
    public const string ClientId = "web";
    public const string StartPath = "/signin/oidc";

    /// <summary>Under the app's path base (/app): the redirect URIs the AppHost registers at the identity service.</summary>
    public const string CallbackPath = "/signin-oidc";

    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    /// <summary>Profile and roles for the claims, offline_access for a refresh token.</summary>
    public static readonly string[] Scopes = ["openid", "profile", "roles", "offline_access"];

    public static void Configure(OpenIdConnectOptions options, string authority, bool isDevelopment)
    {
        options.Authority = authority;
        // Locally the identity service is plain HTTP behind the gateway; deployed, only HTTPS.
        options.RequireHttpsMetadata = !isDevelopment;
        options.ClientId = ClientId;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // The identity service is on the browser's origin (the gateway): a plain redirect back is enough.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        options.SaveTokens = true;
        // The identity service has no userinfo endpoint: everything is in the tokens.
        options.GetClaimsFromUserInfoEndpoint = false;
        options.MapInboundClaims = false;
        options.Scope.Clear();
        foreach (var scope in Scopes)
            options.Scope.Add(scope);
        options.CallbackPath = CallbackPath;
        options.SignedOutCallbackPath = SignedOutCallbackPath;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
        options.TokenValidationParameters.RoleClaimType = PlatformClaims.Roles;
        // Same-site redirects only (the identity service shares the origin), so Lax cookies come back,
        // and over plain HTTP locally.
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        options.Events.OnTokenValidated = UseTheAccessTokensClaims;
        options.Events.OnRemoteFailure = BackToTheSignInPage;
    }

    public static IEndpointRouteBuilder MapOpenIdConnectSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(StartPath, (string? returnUrl, HttpContext http) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalUrl.Within(http.Request.PathBase, returnUrl) },
            [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Signs out of the front end and, for a session from the identity service, of the identity service too
    /// (its end-session endpoint, which comes back to /signout-callback-oidc). A GET, so that a link in any
    /// page signs out; signing someone out is all a forged link can do.
    /// </summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signout", async (HttpContext http) =>
        {
            var signInPage = LocalUrl.Within(http.Request.PathBase, "/signin");
            if (await http.GetTokenAsync(OpenIdConnectParameterNames.IdToken) is not null)
            {
                return Results.SignOut(
                    new AuthenticationProperties { RedirectUri = signInPage },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(signInPage);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The session is made from the access token, which carries the programme roles the identity token
    /// leaves out; it must name the person the identity token (validated by the handler) names.
    /// </summary>
    private static Task UseTheAccessTokensClaims(TokenValidatedContext context)
    {
        var accessToken = context.TokenEndpointResponse?.AccessToken;
        var session = accessToken is null ? null : SessionClaims.FromAccessToken(accessToken);
        var subject = context.Principal?.FindFirst(PlatformClaims.Subject)?.Value;
        if (session is null || subject is null || session.FindFirst(PlatformClaims.Subject)?.Value != subject)
            context.Fail("The access token does not name the person the identity token names.");
        else
            context.Principal = session;
        return Task.CompletedTask;
    }

    /// <summary>A refused or broken sign-in (an expired page, a denied request) ends on the sign-in page, which says so.</summary>
    private static Task BackToTheSignInPage(RemoteFailureContext context)
    {
        context.Response.Redirect(LocalUrl.Within(context.Request.PathBase, "/signin?error=identity"));
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
