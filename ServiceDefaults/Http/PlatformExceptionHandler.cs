using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// Turns what escaped a handler into RFC 9457 ProblemDetails: unreadable or invalid input is a 400
/// naming the field, what a registered <see cref="IExceptionProblemMapper"/> knows (a concurrent
/// write is a 409) as it describes it, anything else a 500 that reveals nothing.
/// </summary>
public sealed partial class PlatformExceptionHandler(
    IProblemDetailsService problemDetails,
    IEnumerable<IExceptionProblemMapper> mappers,
    ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException invalid => new HttpValidationProblemDetails(ToDictionary(invalid.Errors))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = invalid.Message,
            },
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(json)] = [RuleOf(json)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body could not be read.",
            },
            BadHttpRequestException unbound when BindingFailures.TryRead(unbound.Message, out var field, out var rule) =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [rule] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more validation errors occurred.",
                },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request is not valid.",
                Detail = bad.Message,
            },
            _ => mappers.Select(mapper => mapper.Map(exception)).FirstOrDefault(mapped => mapped is not null),
        };

        if (problem is null)
        {
            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static Dictionary<string, string[]> ToDictionary(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>"$.person.email" becomes "person.email"; an unreadable document is "body".</summary>
    private static string FieldOf(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');

    /// <summary>What was wrong, without the serializer's .NET type names and byte positions.</summary>
    private static string RuleOf(JsonException json)
    {
        if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
            return "The value has the wrong type or format for this field.";
        var end = json.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? json.Message[..end] : json.Message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
