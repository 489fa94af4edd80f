using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>The ProblemDetails answers every service gives, worded the same way everywhere.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string resource, Guid id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"The {resource} was not found.",
            detail: $"No {resource} has id {id}.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "You may not do this.",
            detail: detail);

    public static ProblemHttpResult Conflict(string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: title,
            detail: detail,
            extensions: extensions);
}
