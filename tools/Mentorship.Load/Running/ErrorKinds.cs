using System.Globalization;

namespace Mentorship.Load.Running;

/// <summary>
/// The kind of a failed request, as a drill counts it ("HTTP 503", "connection refused", "timeout"), and
/// whether a server's outage explains it: a 5xx, a connection refused or dropped, a timeout. A 4xx never
/// does: it says the platform answered, and answered wrong.
/// </summary>
public static class ErrorKinds
{
    public const string Timeout = "timeout";
    public const string ConnectionRefused = "connection refused";
    public const string ConnectionDropped = "connection dropped";

    public static string Of(Exception exception) => exception switch
    {
        UnexpectedAnswerException { StatusCode: { } status } => OfStatus((int)status),
        UnexpectedAnswerException => "unexpected answer",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => ConnectionRefused,
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => ConnectionDropped,
        HttpRequestException { InnerException: IOException } or IOException => ConnectionDropped,
        HttpRequestException http => $"HTTP error {http.HttpRequestError}",
        OperationCanceledException or TimeoutException => Timeout,
        _ => exception.GetType().Name,
    };

    public static string OfStatus(int status) => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");

    public static bool IsOutage(string kind) =>
        kind.StartsWith("HTTP 5", StringComparison.Ordinal) || kind is ConnectionRefused or ConnectionDropped or Timeout;
}
