using System.Globalization;
using System.Text.RegularExpressions;
using Mentorship.Web.Gateway;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Authorization;

namespace Mentorship.Web.Downloads;

/// <summary>
/// Exports as files for the browser, which has the session cookie but not the bearer token: the file is
/// fetched from the gateway with the session's token and streamed back with its type and name. Only the
/// exports named here are reached, so the endpoint is no proxy to the rest of the API.
/// </summary>
public static partial class ExportDownloads
{
    public const string Path = "/downloads/programmes/{programmeId:guid}/{export}";

    /// <summary>Each download's gateway route: the monitoring table and the evaluation's research export.</summary>
    private static readonly Dictionary<string, string> Routes = new(StringComparer.Ordinal)
    {
        ["pairs"] = "/api/programmes/{0}/pairs/export",
        ["responses"] = "/api/programmes/{0}/reports/export",
    };

    private static readonly string[] Formats = ["csv", "xlsx"];

    /// <summary>The link a page offers, relative to the app's base: "downloads/programmes/{id}/pairs?format=csv&amp;status=active".</summary>
    public static string Link(Guid programmeId, string export, string format, PairFilter? filter = null) =>
        $"downloads/programmes/{programmeId}/{export}?format={format}{filter?.Query}";

    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, DownloadAsync).RequireAuthorization(new AuthorizeAttribute { Roles = StaffRoles.Console });
        return app;
    }

    public static async Task<IResult> DownloadAsync(
        Guid programmeId, string export, string? format, string? status, bool? atRisk,
        HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (!Routes.TryGetValue(export, out var route))
            return Results.NotFound();
        var chosen = format ?? Formats[0];
        if (!Formats.Contains(chosen))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"format must be one of: {string.Join(", ", Formats)}."] });
        if (status is not null && !KebabWord().IsMatch(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status must be a pair status such as active."] });
        var filter = export == "pairs" ? new PairFilter(status, atRisk).Query : "";
        var path = string.Format(CultureInfo.InvariantCulture, route, programmeId) + $"?format={chosen}{filter}";
        return await GatewayFile.StreamAsync(http, clients, path, $"{export}-{programmeId}.{chosen}", cancellationToken);
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabWord();
}
