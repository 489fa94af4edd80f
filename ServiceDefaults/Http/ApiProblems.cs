using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>The ProblemDetails answers every service gives, worded the same way everywhere, in the UI culture's language (the request's).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string resource, Guid id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: PlatformTexts.All.InUiLanguage("problem.not-found.title", PlatformTexts.ResourceName(resource)),
            detail: PlatformTexts.All.InUiLanguage("problem.not-found.detail", PlatformTexts.ResourceName(resource), id));

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: PlatformTexts.All.InUiLanguage("problem.forbidden.title"),
            detail: detail);

    public static ProblemHttpResult Conflict(string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: title,
            detail: detail,
            extensions: extensions);
}
