using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Gateway.Apis;

public static class UnknownPathsApi
{
    /// <summary>
    /// A path no route knows is a 404 for everyone. Without this the fallback authorization policy
    /// would answer 401 to anonymous callers, as if the path existed behind a login.
    /// </summary>
    public static IEndpointRouteBuilder MapUnknownPaths(this IEndpointRouteBuilder app)
    {
        app.MapFallback("/{**path}", NoSuchRoute).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static ProblemHttpResult NoSuchRoute(HttpRequest request) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such route.",
            detail: $"The gateway routes no request to {request.Path}.");
}
