namespace Mentorship.Web.Session;

/// <summary>Where a redirect may go: only a path of this app, never another site (open redirects).</summary>
public static class LocalUrl
{
    public static string Within(PathString pathBase, string? returnUrl)
    {
        var path = string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl.StartsWith('/') ? returnUrl : "/" + returnUrl;
        if (path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal) || path.Contains("://", StringComparison.Ordinal))
            path = "/";
        return pathBase + path;
    }
}
