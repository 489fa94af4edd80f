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

    private static readonly string[] Tables = ["csv", "xlsx"];
    private static readonly string[] Reports = ["csv", "xlsx", "pdf"];

    /// <summary>Each download's gateway route and formats: the monitoring table, the evaluation's reports (with a PDF of their charts) and its research export.</summary>
    private static readonly Dictionary<string, Export> Exports = new(StringComparer.Ordinal)
    {
        ["pairs"] = new("/api/programmes/{0}/pairs/export", Tables),
        ["responses"] = new("/api/programmes/{0}/reports/export", Tables),
        ["outcomes"] = new("/api/programmes/{0}/reports/outcomes", Reports),
        ["effects"] = new("/api/programmes/{0}/reports/effects", Reports),
        ["benefits"] = new("/api/programmes/{0}/reports/benefits", Reports),
    };

    /// <summary>The formats a page offers for an export.</summary>
    public static IReadOnlyList<string> FormatsOf(string export) => Exports[export].Formats;

    /// <summary>The link a page offers, relative to the app's base: "downloads/programmes/{id}/pairs?format=csv&amp;status=active".</summary>
    public static string Link(Guid programmeId, string export, string format, PairFilter? filter = null) =>
        $"downloads/programmes/{programmeId}/{export}?format={format}{filter?.Query}";

    public const string RollupPath = "/downloads/rollup/{template}";

    /// <summary>The roll-up of a template's programmes: "downloads/rollup/tm?format=pdf".</summary>
    public static string RollupLink(string template, string format) => $"downloads/rollup/{template}?format={format}";

    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, DownloadAsync).RequireAuthorization(new AuthorizeAttribute { Roles = StaffRoles.Console });
        app.MapGet(RollupPath, DownloadRollupAsync).RequireAuthorization(new AuthorizeAttribute { Roles = StaffRoles.Console });
        return app;
    }

    public static async Task<IResult> DownloadRollupAsync(
        string template, string? format, HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var chosen = format ?? Reports[0];
        if (RefusedFormat(chosen, Reports) is { } refused)
            return refused;
        if (!KebabWord().IsMatch(template))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["template"] = ["template must be a programme template such as tm."] });
        return await GatewayFile.StreamAsync(http, clients, $"/api/reports/rollup?template={template}&format={chosen}", $"rollup-{template}.{chosen}", cancellationToken);
    }

    public static async Task<IResult> DownloadAsync(
        Guid programmeId, string export, string? format, string? status, bool? atRisk,
        HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (!Exports.TryGetValue(export, out var known))
            return Results.NotFound();
        var chosen = format ?? known.Formats[0];
        if (RefusedFormat(chosen, known.Formats) is { } refusedFormat)
            return refusedFormat;
        if (status is not null && !KebabWord().IsMatch(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status must be a pair status such as active."] });
        var filter = export == "pairs" ? new PairFilter(status, atRisk).Query : "";
        var path = string.Format(CultureInfo.InvariantCulture, known.Route, programmeId) + $"?format={chosen}{filter}";
        return await GatewayFile.StreamAsync(http, clients, path, $"{export}-{programmeId}.{chosen}", cancellationToken);
    }

    /// <summary>The 400 naming the format when the download does not come in it; null when it does.</summary>
    private static IResult? RefusedFormat(string chosen, string[] formats) =>
        formats.Contains(chosen)
            ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"format must be one of: {string.Join(", ", formats)}."] });

    private sealed record Export(string Route, string[] Formats);

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabWord();
}
