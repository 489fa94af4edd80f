using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Mentorship.Web.Gateway;

/// <summary>
/// The gateway's public API as the signed-in person: their bearer token, the page's language (the
/// services word rules, steps and verdicts in it), and every failure turned into an <see cref="ApiProblem"/>.
/// </summary>
public sealed class GatewayClient(
    HttpClient http, AuthenticationStateProvider authentication, NavigationManager navigation, TimeProvider clock, ILogger<GatewayClient> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    public Task<ApiResult<T>> PatchAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Patch, path, body, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Delete, path, body: null, cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (SessionClaims.TokenExpiresOf(user) <= clock.GetUtcNow())
        {
            // An interactive page keeps the token its circuit started with: reloading it renews the
            // session's tokens (SessionRefresh) or, when they cannot be, asks to sign in again.
            navigation.Refresh(forceReload: true);
            return ApiResult<T>.Failure(ApiProblem.Unavailable("The session's token expired; the page reloads to renew it."));
        }

        using var request = new HttpRequestMessage(method, path);
        if (SessionClaims.TokenOf(user) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
                return ApiResult<T>.Success((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!);
            return ApiResult<T>.Failure(await ProblemOf(response, cancellationToken));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            logger.LogWarning(exception, "{Method} {Path} failed", method, path);
            return ApiResult<T>.Failure(ApiProblem.Unavailable(exception.Message));
        }
    }

    private static async Task<ApiProblem> ProblemOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
            var errors = problem.TryGetProperty("errors", out var map) && map.ValueKind == JsonValueKind.Object
                ? map.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray())
                : [];
            return new ApiProblem(
                status,
                problem.TryGetProperty("title", out var title) ? title.GetString() ?? response.ReasonPhrase ?? "" : response.ReasonPhrase ?? "",
                problem.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
                errors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, response.ReasonPhrase ?? status.ToString(CultureInfo.InvariantCulture), null, new Dictionary<string, string[]>());
        }
    }
}
