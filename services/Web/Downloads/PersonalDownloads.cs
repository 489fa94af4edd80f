using Mentorship.Web.Session;

namespace Mentorship.Web.Downloads;

/// <summary>The signed-in person's own data as one archive (GET /api/people/{id}/export), for any signed-in person.</summary>
public static class PersonalDownloads
{
    /// <summary>The link the "My data" page offers, relative to the app's base.</summary>
    public const string ExportLink = "downloads/me/export";

    public static IEndpointRouteBuilder MapPersonalDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/" + ExportLink, ExportAsync).RequireAuthorization();
        return app;
    }

    public static Task<IResult> ExportAsync(HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken) =>
        SessionClaims.PersonIdOf(http.User) is { } personId
            ? GatewayFile.StreamAsync(http, clients, $"/api/people/{personId}/export", $"person-{personId}.zip", cancellationToken)
            : Task.FromResult(Results.Unauthorized());
}
