using System.Net.Http.Json;

namespace Mentorship.Testing;

/// <summary>
/// A request as a browser set to a language sends it: the header is set on this request only, since a
/// test's clients are shared by the other tests of its fixture.
/// </summary>
public static class LanguageRequests
{
    public static async Task<HttpResponseMessage> SendJsonInLanguageAsync(
        this HttpClient client, HttpMethod method, string path, object body, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await client.SendAsync(request);
    }
}
