using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Mentorship.Web.Resources;

namespace Mentorship.Web.Tests.Resources;

public sealed partial class TextsTests
{
    private static readonly ResourceManager Manager = new(typeof(Texts));

    public static TheoryData<string> Languages => new() { "fr", "nl" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_english_key_is_translated_and_no_other_exists(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Keys.Except(translated.Keys).Order());
        Assert.Empty(translated.Keys.Except(english.Keys).Order());
        Assert.All(translated, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_translation_keeps_the_placeholders_of_the_english_text(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.All(english, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(translated[entry.Key])));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
