namespace Mentorship.Messaging.Apis;

/// <summary>The languages a request's Accept-Language asks for, most wanted first.</summary>
public static class RequestLanguages
{
    public static IEnumerable<string> Of(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.ToString() ?? "");
}
