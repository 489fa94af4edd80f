namespace Mentorship.Identity.Domain;

/// <summary>The languages the platform speaks to people in.</summary>
public static class Locales
{
    public const string French = "fr";
    public const string Dutch = "nl";
    public const string English = "en";

    /// <summary>Most programmes of the federation are francophone.</summary>
    public const string Default = French;

    public static readonly IReadOnlySet<string> All = new HashSet<string>([French, Dutch, English], StringComparer.Ordinal);
}
