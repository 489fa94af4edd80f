namespace Mentorship.Identity.ExternalSignIn;

/// <summary>
/// Where the sign-in with an institution goes, all under /connect, which the gateway routes here
/// anonymously: the page's buttons post to <see cref="ChallengePath"/>, the provider answers at the
/// provider's callback (the redirect URI to register there), the session opens at
/// <see cref="CompletePath"/>, and a refusal is shown at <see cref="RefusedPath"/>.
/// </summary>
public static class ExternalSignInPaths
{
    public const string ChallengePath = "/connect/sign-in/external";
    public const string CompletePath = ChallengePath + "/complete";
    public const string RefusedPath = ChallengePath + "/refused";

    /// <summary>The short-lived cookie that carries the provider's answer from its callback to <see cref="CompletePath"/>.</summary>
    public const string CookieScheme = "Identity.External";
    public const string CookieName = "mentorship.identity.external";

    public static string SchemeOf(string key) => $"external-{key}";

    /// <summary>The redirect URI to register at the provider, after the public origin: /connect/external/{key}/callback.</summary>
    public static string CallbackPathOf(string key) => $"/connect/external/{key}/callback";

    public static string SignedOutCallbackPathOf(string key) => $"/connect/external/{key}/signed-out";

    public static string RefusedUri(string? provider, ExternalRefusal reason, string? returnUrl, string? language) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(RefusedPath, new Dictionary<string, string?>
        {
            ["provider"] = provider,
            ["reason"] = reason.ToString(),
            ["ReturnUrl"] = returnUrl,
            ["lang"] = language,
        });
}
