using System.Net;
using System.Text;

namespace Mentorship.Web.Tests.Support;

/// <summary>
/// The gateway as the components' HttpClient sees it: answers set per "METHOD /path", every request
/// recorded (with its body), and anything unset answered 404 as the gateway does.
/// </summary>
public sealed class StubGateway : HttpMessageHandler
{
    private readonly Dictionary<string, Func<HttpResponseMessage>> _answers = [];
    private readonly Dictionary<string, Task> _holds = [];

    public List<(string Route, string? Body, string? Authorization, string? Language)> Requests { get; } = [];

    public StubGateway Answer(string route, HttpStatusCode status, string json)
    {
        _answers[route] = () => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return this;
    }

    /// <summary>Answers each call to <paramref name="route"/> with the next of <paramref name="jsons"/>, then the last again.</summary>
    public StubGateway AnswerInTurn(string route, HttpStatusCode status, params string[] jsons)
    {
        var calls = 0;
        _answers[route] = () => new HttpResponseMessage(status)
        {
            Content = new StringContent(jsons[Math.Min(calls++, jsons.Length - 1)], Encoding.UTF8, "application/json"),
        };
        return this;
    }

    /// <summary>Holds every answer to <paramref name="route"/> until <paramref name="release"/> completes: a slow service.</summary>
    public StubGateway Hold(string route, Task release)
    {
        _holds[route] = release;
        return this;
    }

    public StubGateway Fail(string route)
    {
        _answers[route] = () => throw new HttpRequestException("Connection refused");
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = $"{request.Method} {request.RequestUri!.PathAndQuery}";
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((route, body, request.Headers.Authorization?.ToString(), request.Headers.AcceptLanguage.FirstOrDefault()?.Value));
        if (_holds.TryGetValue(route, out var release))
            await release.WaitAsync(cancellationToken);
        return _answers.TryGetValue(route, out var answer)
            ? answer()
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"title":"No such route.","status":404}""", Encoding.UTF8, "application/json") };
    }
}
