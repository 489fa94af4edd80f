using System.Net;

namespace Mentorship.Load.Running;

/// <summary>A request answered, but not as the scenario expects (a status code, a missing field): an error of the run.</summary>
public sealed class UnexpectedAnswerException(string message, HttpStatusCode? statusCode = null) : Exception(message)
{
    /// <summary>The status of the answer when it was not the expected one.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
