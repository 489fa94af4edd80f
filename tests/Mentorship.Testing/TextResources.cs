using System.Text.RegularExpressions;
using Mentorship.ServiceDefaults.Texts;
using Xunit;

namespace Mentorship.Testing;

/// <summary>Checks a service's texts: every key in every language the platform writes, none empty, the same placeholders.</summary>
public static partial class TextResources
{
    public static void AssertWrittenInEveryLanguage(ResourceTexts texts)
    {
        var english = texts.WrittenIn(TextLanguages.Default);
        Assert.NotEmpty(english);
        foreach (var language in TextLanguages.Supported)
        {
            var written = texts.WrittenIn(language);
            Assert.Equal(english.Keys.Order(), written.Keys.Order());
            Assert.All(written, text =>
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{language}: {text.Key}");
                Assert.Equal(Placeholders(english[text.Key]), Placeholders(text.Value));
            });
        }
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
