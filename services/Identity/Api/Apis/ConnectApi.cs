using Mentorship.Identity.Data;
using Mentorship.Identity.Extensions;
using Mentorship.Identity.SignIn;
using Mentorship.Identity.Tokens;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.Apis;

/// <summary>
/// The protocol endpoints whose answer is ours to decide (OpenIddict has already checked the
/// client, redirect URI, PKCE and grant): who is signed in, what their tokens say, and signing out.
/// </summary>
public static class ConnectApi
{
    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("").WithTags("OpenID Connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapMethods(OpenIdConnectServerExtensions.AuthorizationPath, [HttpMethods.Get, HttpMethods.Post], Authorize);
        connect.MapPost(OpenIdConnectServerExtensions.TokenPath, Exchange);
        connect.MapMethods(OpenIdConnectServerExtensions.EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSession);
        return app;
    }

    public static async Task<Results<SignInHttpResult, ForbidHttpResult, ChallengeHttpResult>> Authorize(
        HttpContext http,
        IdentityDbContext db,
        TokenClaims claims,
        CancellationToken cancellationToken)
    {
        var request = RequestOf(http);
        var session = await http.AuthenticateAsync(SignInCookie.Scheme);
        var person = session.Succeeded && Guid.TryParse(session.Principal.FindFirst(PlatformClaims.Subject)?.Value, out var personId)
            ? await db.People.FindAsync([personId], cancellationToken)
            : null;

        if (person is null)
        {
            if (request.HasPromptValue(PromptValues.None))
                return Refuse(Errors.LoginRequired, "The user is not signed in.");

            // To the sign-in page, which comes back here once a code was verified.
            return TypedResults.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString },
                [SignInCookie.Scheme]);
        }

        var identity = await claims.ForPersonAsync(person, request.GetScopes(), cancellationToken);
        return TypedResults.SignIn(new(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<Results<SignInHttpResult, ForbidHttpResult>> Exchange(
        HttpContext http,
        IdentityDbContext db,
        TokenClaims claims,
        IOpenIddictApplicationManager applications,
        CancellationToken cancellationToken)
    {
        var request = RequestOf(http);

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
                              ?? throw new InvalidOperationException("OpenIddict authenticated a client it cannot find.");
            var identity = claims.ForClient(
                request.ClientId!, await applications.GetDisplayNameAsync(application, cancellationToken), request.GetScopes());
            return TypedResults.SignIn(new(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        // Authorization code or refresh token: the grant's principal names the person; their claims are read anew.
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var person = Guid.TryParse(granted.Principal?.GetClaim(Claims.Subject), out var personId)
            ? await db.People.FindAsync([personId], cancellationToken)
            : null;
        if (person is null)
            return Refuse(Errors.InvalidGrant, "The person of this grant no longer exists.");

        var scopes = granted.Principal!.GetScopes();
        return TypedResults.SignIn(new(await claims.ForPersonAsync(person, scopes, cancellationToken)),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Signs the browser out of the identity service (its sign-in cookie), then OpenIddict sends it to
    /// the client's post_logout_redirect_uri when that is registered, or to the site's root.
    /// </summary>
    public static async Task<SignOutHttpResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(SignInCookie.Scheme);
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>Always there on a passthrough endpoint: OpenIddict extracted and checked it before the handler runs.</summary>
    private static OpenIddictRequest RequestOf(HttpContext http) =>
        http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

    private static ForbidHttpResult Refuse(string error, string description) =>
        TypedResults.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
