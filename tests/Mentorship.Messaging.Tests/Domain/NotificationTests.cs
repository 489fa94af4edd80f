using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_notification_is_keyed_by_its_kind_and_subject()
    {
        var pairId = Guid.NewGuid();

        var first = Notification.About(NotificationKind.PairActivated, Guid.NewGuid(), pairId, Now, pairId: pairId);
        var second = Notification.About(NotificationKind.PairActivated, Guid.NewGuid(), pairId, Now.AddMinutes(1), pairId: pairId);
        var other = Notification.About(NotificationKind.PairClosed, Guid.NewGuid(), pairId, Now, pairId: pairId);

        Assert.Equal(first.Key, second.Key);
        Assert.NotEqual(first.Key, other.Key);
        Assert.Equal(pairId, first.PairId);
        Assert.Null(first.ReadAt);
    }

    [Fact]
    public void Marking_read_twice_keeps_the_first_time()
    {
        var notification = Notification.About(NotificationKind.SurveyAssigned, Guid.NewGuid(), Guid.NewGuid(), Now);

        Assert.True(notification.MarkRead(Now.AddHours(1)));
        Assert.False(notification.MarkRead(Now.AddHours(2)));
        Assert.Equal(Now.AddHours(1), notification.ReadAt);
    }

    [Fact]
    public void Every_kind_has_a_title_and_body_in_french_dutch_and_english()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var texts = Enum.GetValues<NotificationLanguage>().Select(language => NotificationTexts.For(kind, language)).ToList();

            Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text.Title)));
            Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text.Body)));
            Assert.Equal(texts.Count, texts.Select(t => t.Title).Distinct().Count());
        }
    }

    [Fact]
    public void A_declined_mentee_is_told_gently_that_a_new_match_is_sought()
    {
        Assert.Contains("nouveau mentor", NotificationTexts.For(NotificationKind.NewMatchSought, NotificationLanguage.Fr).Title);
        Assert.Contains("nieuwe mentor", NotificationTexts.For(NotificationKind.NewMatchSought, NotificationLanguage.Nl).Title);
        Assert.Contains("says nothing about you", NotificationTexts.For(NotificationKind.NewMatchSought, NotificationLanguage.En).Body);
    }

    [Fact]
    public void A_later_approval_changes_the_language_and_an_earlier_one_arriving_late_does_not()
    {
        var preference = LanguagePreference.Choose(Guid.NewGuid(), NotificationLanguage.Fr, Now);

        Assert.False(preference.Update(NotificationLanguage.En, Now.AddDays(-1)));
        Assert.Equal(NotificationLanguage.Fr, preference.Language);
        Assert.True(preference.Update(NotificationLanguage.Nl, Now.AddDays(1)));
        Assert.Equal(NotificationLanguage.Nl, preference.Language);
    }
}
