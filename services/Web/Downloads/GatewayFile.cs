using System.Globalization;
using System.Net.Http.Headers;
using Mentorship.Web.Session;

namespace Mentorship.Web.Downloads;

/// <summary>
/// A file from the gateway streamed to the browser: fetched with the session's bearer token (the
/// browser only has the cookie) and sent back with the service's type and name, or its refusal as it said it.
/// </summary>
public static class GatewayFile
{
    public const string HttpClientName = "exports";

    public static async Task<IResult> StreamAsync(
        HttpContext http, IHttpClientFactory clients, string pathAndQuery, string fallbackFileName, CancellationToken cancellationToken)
    {
        if (SessionClaims.TokenOf(http.User) is not { } token)
            return Results.Unauthorized();

        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));

        var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        http.Response.RegisterForDispose(response);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        if (!response.IsSuccessStatusCode)
            // The service's own words (a 403 says who may have the file), as it said them.
            return Results.Content(await response.Content.ReadAsStringAsync(cancellationToken), contentType, statusCode: (int)response.StatusCode);

        var disposition = response.Content.Headers.ContentDisposition;
        var fileName = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"') ?? fallbackFileName;
        return Results.Stream(await response.Content.ReadAsStreamAsync(cancellationToken), contentType, fileName);
    }
}
