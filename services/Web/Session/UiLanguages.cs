using Microsoft.AspNetCore.Localization;

namespace Mentorship.Web.Session;

/// <summary>The languages the front end speaks, and the endpoint that switches and remembers one.</summary>
public static class UiLanguages
{
    public const string Default = "fr";
    public const string SwitchPath = "/language";

    public static readonly IReadOnlyList<string> All = ["fr", "nl", "en"];

    /// <summary>Each language named in itself, so that a reader finds theirs whatever the page's language.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string> { ["fr"] = "Français", ["nl"] = "Nederlands", ["en"] = "English" };

    /// <summary>
    /// Sets the culture cookie for a year and sends the browser back where it was. A full page load,
    /// so that the new circuit starts in the chosen language.
    /// </summary>
    public static IEndpointRouteBuilder MapUiLanguageEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(SwitchPath, (string code, string? returnUrl, HttpContext http) =>
        {
            if (!All.Contains(code))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language.",
                    detail: $"code must be one of: {string.Join(", ", All)}.");
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
            return Results.Redirect(LocalUrl.Within(http.Request.PathBase, returnUrl));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>The link that switches to <paramref name="code"/> and comes back to <paramref name="returnUrl"/> (relative to the app's base).</summary>
    public static string SwitchLink(string code, string returnUrl) =>
        $"{SwitchPath.TrimStart('/')}?code={code}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
