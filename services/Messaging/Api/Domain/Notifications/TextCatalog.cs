using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>
/// Every word the service writes, from one embedded JSON file per language (Resources/Texts/fr.json,
/// nl.json, en.json): translators edit those files only. Placeholders are "{name}", filled by <see cref="Format"/>.
/// </summary>
public static partial class TextCatalog
{
    private static readonly Dictionary<NotificationLanguage, IReadOnlyDictionary<string, string>> Languages =
        Enum.GetValues<NotificationLanguage>().ToDictionary(language => language, Load);

    public static IReadOnlyDictionary<string, string> Of(NotificationLanguage language) => Languages[language];

    public static string Get(NotificationLanguage language, string key) =>
        Languages[language].TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No text '{key}' in {language}.");

    public static string Format(NotificationLanguage language, string key, params (string Name, string Value)[] values)
    {
        var text = Get(language, key);
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The placeholder names a text expects.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, string> Load(NotificationLanguage language)
    {
        var name = $"Texts.{language.ToString().ToLowerInvariant()}.json";
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The resource {name} is empty.");
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
