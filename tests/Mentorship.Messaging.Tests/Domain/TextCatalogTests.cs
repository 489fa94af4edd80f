using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class TextCatalogTests
{
    private static readonly NotificationLanguage[] Languages = Enum.GetValues<NotificationLanguage>();

    [Fact]
    public void Every_text_exists_in_french_dutch_and_english_non_empty_with_the_same_placeholders()
    {
        var english = TextCatalog.Of(NotificationLanguage.En);
        foreach (var language in Languages)
        {
            var texts = TextCatalog.Of(language);
            Assert.Equal(english.Keys.Order(), texts.Keys.Order());
            foreach (var (key, text) in texts)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{language} {key} is empty");
                Assert.Equal(TextCatalog.PlaceholdersOf(english[key]).Order(), TextCatalog.PlaceholdersOf(text).Order());
            }
        }
    }

    [Fact]
    public void Every_notification_kind_has_words_at_every_alert_level_in_every_language()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
            foreach (var language in Languages)
                foreach (var level in new int?[] { null, 1, 2 })
                {
                    var text = NotificationTexts.For(kind, language, level);
                    Assert.False(string.IsNullOrWhiteSpace(text.Title));
                    Assert.False(string.IsNullOrWhiteSpace(text.Body));
                    Assert.DoesNotContain("{", text.Title + text.Body);
                }
    }

    [Fact]
    public void An_escalated_alert_reads_differently_from_its_first_level()
    {
        foreach (var language in Languages)
        {
            var first = NotificationTexts.For(NotificationKind.AlertTermPassed, language, 1);
            var escalated = NotificationTexts.For(NotificationKind.AlertTermPassed, language, 3);
            Assert.NotEqual(first.Title, escalated.Title);
            Assert.StartsWith(first.Body, escalated.Body);
        }
    }
}
