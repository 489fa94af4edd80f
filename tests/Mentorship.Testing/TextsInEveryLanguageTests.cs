using Mentorship.ServiceDefaults.Texts;
using Xunit;

namespace Mentorship.Testing;

/// <summary>A service's check of its texts (<see cref="TextResources"/>): one class deriving from this per service.</summary>
public abstract class TextsInEveryLanguageTests(ResourceTexts texts)
{
    [Fact]
    public void Every_text_is_written_in_french_dutch_and_english_with_the_same_placeholders() =>
        TextResources.AssertWrittenInEveryLanguage(texts);
}
