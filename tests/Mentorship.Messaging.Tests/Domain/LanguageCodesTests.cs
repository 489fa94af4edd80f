using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("fr", NotificationLanguage.Fr)]
    [InlineData("nl-BE", NotificationLanguage.Nl)]
    [InlineData("EN", NotificationLanguage.En)]
    [InlineData("en-GB", NotificationLanguage.En)]
    public void Codes_the_platform_writes_in_are_read(string code, NotificationLanguage expected) =>
        Assert.Equal(expected, LanguageCodes.Parse(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de")]
    [InlineData("*")]
    [InlineData("f")]
    public void Other_codes_are_not_a_language_the_platform_writes_in(string? code) =>
        Assert.Null(LanguageCodes.Parse(code));

    [Fact]
    public void The_stored_preference_wins_over_the_request()
    {
        Assert.Equal(NotificationLanguage.Nl, LanguageCodes.Choose(NotificationLanguage.Nl, ["fr-BE", "en"]));
    }

    [Fact]
    public void Without_a_preference_the_first_supported_request_language_is_used()
    {
        Assert.Equal(NotificationLanguage.Fr, LanguageCodes.Choose(null, ["de-DE", "fr-BE", "en"]));
    }

    [Fact]
    public void Without_either_english_is_used()
    {
        Assert.Equal(NotificationLanguage.En, LanguageCodes.Choose(null, ["de", "es"]));
        Assert.Equal(NotificationLanguage.En, LanguageCodes.Choose(null, []));
    }
}
