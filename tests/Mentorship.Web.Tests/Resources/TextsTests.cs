using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Mentorship.Web.Resources;

namespace Mentorship.Web.Tests.Resources;

public sealed partial class TextsTests
{
    /// <summary>The page texts and the profile codes' names.</summary>
    private static readonly Dictionary<string, ResourceManager> Managers = new()
    {
        [nameof(Texts)] = new(typeof(Texts)),
        [nameof(CodeTexts)] = new(typeof(CodeTexts)),
    };

    public static TheoryData<string, string> Languages => new() { { nameof(Texts), "fr" }, { nameof(Texts), "nl" }, { nameof(CodeTexts), "fr" }, { nameof(CodeTexts), "nl" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_english_key_is_translated_and_no_other_exists(string texts, string language)
    {
        var english = Entries(texts, CultureInfo.InvariantCulture);
        var translated = Entries(texts, CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Keys.Except(translated.Keys).Order());
        Assert.Empty(translated.Keys.Except(english.Keys).Order());
        Assert.All(translated, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_translation_keeps_the_placeholders_of_the_english_text(string texts, string language)
    {
        var english = Entries(texts, CultureInfo.InvariantCulture);
        var translated = Entries(texts, CultureInfo.GetCultureInfo(language));

        Assert.All(english, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(translated[entry.Key])));
    }

    private static Dictionary<string, string> Entries(string texts, CultureInfo culture) =>
        Managers[texts].GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
