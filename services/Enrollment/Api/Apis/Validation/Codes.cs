using System.Text.RegularExpressions;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>The shapes of the coded values profiles carry, so matching compares codes, never free text.</summary>
public static partial class Codes
{
    public const int MaxListLength = 20;

    public static readonly IReadOnlyList<string> NotificationLanguages = ["fr", "nl", "en"];

    /// <summary>kebab-case vocabulary code: "logistics", "job-search".</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Vocabulary();

    /// <summary>ISO 639-1 language code: "fr".</summary>
    [GeneratedRegex("^[a-z]{2}$")]
    public static partial Regex Language();

    /// <summary>ISO 3166-2 subdivision or country code: "BE-BRU", "FR-IDF", "BE".</summary>
    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    public static partial Regex Region();
}
