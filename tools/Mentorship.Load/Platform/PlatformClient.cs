using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Load.Running;

namespace Mentorship.Load.Platform;

/// <summary>
/// HTTP to one base address (the gateway or a service) with a bearer token, over a pool of at most
/// <c>connections</c> keep-alive connections: one per worker, as wrk or hey would hold them.
/// </summary>
public sealed class PlatformClient : IDisposable
{
    private readonly HttpClient http;

    /// <param name="calls">When given, every request's outcome is recorded in it (a drill's traffic).</param>
    public PlatformClient(Uri baseAddress, string token, int connections, CallLog? calls = null)
    {
        HttpMessageHandler sockets = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        http = new HttpClient(calls is null ? sockets : new RecordingHandler(calls) { InnerHandler = sockets })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri BaseAddress => http.BaseAddress!;

    /// <summary>A development token from the gateway's /dev/token (Development only).</summary>
    public static async Task<string> TokenAsync(Uri gateway, Guid personId, string name, string[] roles, Guid[] programmes, CancellationToken cancellationToken)
    {
        using var anonymous = new HttpClient { BaseAddress = gateway };
        using var response = await anonymous.PostAsJsonAsync("/dev/token", new { sub = personId, name, roles, programmes }, cancellationToken);
        var body = await ExpectAsync(response, HttpStatusCode.OK, cancellationToken);
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>GETs and reads the whole body, which must come with the expected status.</summary>
    public async Task GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw await UnexpectedAsync(response, HttpStatusCode.OK, cancellationToken);
    }

    public async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ExpectAsync(response, HttpStatusCode.OK, cancellationToken);
    }

    public async Task<JsonElement> PostAsync(string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = body is null
            ? await http.PostAsync(path, null, cancellationToken)
            : await http.PostAsJsonAsync(path, body, cancellationToken);
        return await ExpectAsync(response, expected, cancellationToken);
    }

    public void Dispose() => http.Dispose();

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
            throw await UnexpectedAsync(response, expected, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<UnexpectedAnswerException> UnexpectedAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new UnexpectedAnswerException(
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} instead of {(int)expected} {text[..Math.Min(text.Length, 200)]}",
            response.StatusCode);
    }
}
