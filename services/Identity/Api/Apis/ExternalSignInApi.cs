using Mentorship.Identity.ExternalSignIn;
using Mentorship.Identity.Resources;
using Mentorship.Identity.SignIn;
using Mentorship.Identity.SignIn.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.Identity.Apis;

/// <summary>
/// Signing in with an institution's account: the sign-in page's button asks the provider (a challenge
/// of its OpenID Connect handler), the handler checks the answer at the provider's callback and keeps
/// it in a short-lived cookie, then <see cref="Complete"/> finds or links the person (ExternalAccounts)
/// and opens the same session as a verified code, so /connect/authorize goes on as usual. Mapped only
/// when a provider is configured.
/// </summary>
public static class ExternalSignInApi
{
    public static IEndpointRouteBuilder MapExternalSignIn(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<ExternalProviders>().All.Count == 0)
            return app;

        var external = app.MapGroup(ExternalSignInPaths.ChallengePath).WithTags("Sign-in").AllowAnonymous().ExcludeFromDescription();
        external.MapPost("", Challenge);
        external.MapGet("/complete", Complete);
        external.MapGet("/refused", ShowRefusal);
        return app;
    }

    public static Results<ChallengeHttpResult, RazorComponentResult<SignInPage>> Challenge(
        [FromForm] string? provider,
        [FromForm] string? returnUrl,
        [FromForm] string? lang,
        HttpContext http,
        ExternalProviders providers,
        IAntiforgery antiforgery)
    {
        var language = SignInLanguage.Choose(http, lang);
        if (providers.Find(provider) is not { } chosen)
            return Refusal(http, antiforgery, null, ExternalRefusal.UnknownProvider, language, returnUrl);

        var properties = new AuthenticationProperties { RedirectUri = ExternalSignInPaths.CompletePath };
        properties.Items[ExternalSignInItems.Provider] = chosen.Key;
        properties.Items[ExternalSignInItems.ReturnUrl] = ReturnUrls.LocalOrDefault(returnUrl);
        properties.Items[ExternalSignInItems.Language] = language;
        return TypedResults.Challenge(properties, [chosen.Scheme]);
    }

    public static async Task<RedirectHttpResult> Complete(
        HttpContext http,
        ExternalProviders providers,
        ExternalAccounts accounts,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var answer = await http.AuthenticateAsync(ExternalSignInPaths.CookieScheme);
        await http.SignOutAsync(ExternalSignInPaths.CookieScheme);
        var returnUrl = ReturnUrls.LocalOrDefault(answer.Properties?.GetString(ExternalSignInItems.ReturnUrl));
        var language = SignInLanguage.Choose(http, answer.Properties?.GetString(ExternalSignInItems.Language));
        // Reached without a provider's answer (a bookmark, an expired cookie): back to the sign-in page.
        if (!answer.Succeeded || providers.Find(answer.Properties?.GetString(ExternalSignInItems.Provider)) is not { } provider)
            return TypedResults.Redirect(ExternalSignInPaths.RefusedUri(null, ExternalRefusal.ProviderError, returnUrl, language));

        var (refusal, person) = await accounts.SignInAsync(provider, answer.Principal, language, cancellationToken);
        if (refusal is { } reason)
        {
            loggers.CreateLogger(typeof(ExternalSignInApi)).LogWarning("Sign-in with the provider {Provider} refused: {Reason}", provider.Key, reason);
            return TypedResults.Redirect(ExternalSignInPaths.RefusedUri(provider.Key, reason, returnUrl, language));
        }

        await SignInCookie.SignInAsync(http, person!);
        return TypedResults.Redirect(returnUrl);
    }

    /// <summary>The sign-in page with the reason above it, and the other ways in below.</summary>
    public static RazorComponentResult<SignInPage> ShowRefusal(
        [FromQuery] string? provider,
        [FromQuery] ExternalRefusal? reason,
        [FromQuery(Name = "ReturnUrl")] string? returnUrl,
        [FromQuery] string? lang,
        HttpContext http,
        ExternalProviders providers,
        IAntiforgery antiforgery) =>
        Refusal(http, antiforgery, providers.Find(provider), reason ?? ExternalRefusal.ProviderError, SignInLanguage.Choose(http, lang), returnUrl);

    private static RazorComponentResult<SignInPage> Refusal(
        HttpContext http, IAntiforgery antiforgery, ExternalProvider? provider, ExternalRefusal reason, string language, string? returnUrl)
    {
        var text = IdentityTexts.All.Format($"External_Refused_{reason}", language, provider?.DisplayName ?? IdentityTexts.All.Get("External_TheProvider", language));
        var status = reason == ExternalRefusal.UnknownProvider ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
        return SignInPagesApi.Page(http, antiforgery, SignInStep.Address, language, returnUrl, refusal: text, status: status);
    }
}
