using Mentorship.Identity.Domain;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Localization;

namespace Mentorship.Identity.SignIn;

/// <summary>
/// The language of the sign-in pages. The web front end keeps a person's choice in ASP.NET Core's
/// culture cookie on the gateway's origin, which this service also sees: a language chosen there is
/// kept here, and one chosen here (the page's switch) is kept there once signed in.
/// </summary>
public static class SignInLanguage
{
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    /// <summary>The language asked for (switch or form), else the remembered one, else Accept-Language, else French.</summary>
    public static string Choose(HttpContext http, string? asked)
    {
        if (TextLanguages.Parse(asked) is { } chosen)
        {
            Remember(http.Response, chosen);
            return chosen;
        }

        var cookie = CookieRequestCultureProvider.ParseCookieValue(http.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "");
        var remembered = cookie?.UICultures.Select(culture => TextLanguages.Parse(culture.Value)).FirstOrDefault(language => language is not null);
        return remembered ?? TextLanguages.Choose(http.Request, Locales.Default);
    }

    private static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.Add(Remembered), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
}
