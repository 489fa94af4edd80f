using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Texts;

/// <summary>
/// The languages participants read the platform in, and which one a request asks for: "?lang=" first,
/// then Accept-Language by preference, then the caller's fallback (an application's language), then
/// English. A language the platform does not write falls through; it is never an error.
/// </summary>
public static class TextLanguages
{
    public const string Default = "en";

    public const string QueryParameter = "lang";

    public static readonly IReadOnlyList<string> Supported = ["fr", "nl", "en"];

    /// <summary>"nl-BE" and "FR" read as "nl" and "fr"; anything else is null.</summary>
    public static string? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length < 2)
            return null;
        var language = code.Trim()[..2].ToLowerInvariant();
        return Supported.Contains(language) ? language : null;
    }

    /// <summary>The language of the current UI culture (the request's, see RequestLanguageMiddleware), else English.</summary>
    public static string InUiCulture => Parse(CultureInfo.CurrentUICulture.Name) ?? Default;

    public static string Choose(HttpRequest request, string? fallback = null) =>
        Parse(request.Query[QueryParameter])
        ?? Accepted(request).Select(Parse).FirstOrDefault(language => language is not null)
        ?? Parse(fallback)
        ?? Default;

    private static IEnumerable<string?> Accepted(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value);
}
