using Microsoft.Extensions.Options;

namespace Mentorship.Web.Portal;

/// <summary>
/// A programme family's own host name ("Portal:Hosts:mentoryou.example.org" = "mentoryou"): its home page
/// is the family's entry page. The host is the browser's, as the gateway forwards it (X-Forwarded-Host).
/// </summary>
public sealed class PortalHostOptions
{
    public const string Section = "Portal";

    public Dictionary<string, string> Hosts { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

public static class PortalHosts
{
    /// <summary>Where the home page of this host leads: a template's entry page, or null for the platform's own home.</summary>
    public static string? EntryFor(HttpRequest request, PortalHostOptions options) =>
        request.Path == "/" && options.Hosts.TryGetValue(request.Host.Host, out var templateId) && ProgrammeBranding.Find(templateId) is not null
            ? $"{request.PathBase}{EntryPath}/{templateId}"
            : null;

    /// <summary>
    /// "/programmes/{templateId}" for a family the platform does not run. The page says so, but the answer
    /// must be a 404 too, for crawlers and monitors: the app renders over its circuit, so the page cannot set it.
    /// </summary>
    public static bool IsUnknownFamily(HttpRequest request) =>
        request.Path.StartsWithSegments(EntryPath, StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { Length: > 1 } family && family.IndexOf('/', 1) < 0
        && ProgrammeBranding.Find(family[1..]) is null;

    private const string EntryPath = "/programmes";

    public static WebApplication UsePortalHosts(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptionsMonitor<PortalHostOptions>>().CurrentValue;
            if (EntryFor(context.Request, options) is { } entry)
            {
                context.Response.Redirect(entry);
                return;
            }
            if (IsUnknownFamily(context.Request))
            {
                // Set as the page starts: a 404 set before the page renders makes the framework answer
                // a bare ProblemDetails instead of the page that says what happened.
                context.Response.OnStarting(() =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                });
            }
            await next(context);
        });
        return app;
    }
}
