namespace Mentorship.Identity.SignIn;

/// <summary>Where a sign-in page may send the browser next: a path of this origin only, never another site.</summary>
public static class ReturnUrls
{
    public const string Default = "/";

    public static string LocalOrDefault(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : Default;
}
