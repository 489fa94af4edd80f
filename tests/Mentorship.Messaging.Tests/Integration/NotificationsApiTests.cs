using System.Net;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class NotificationsApiTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    private const string Notifications = "/api/me/notifications";

    private static ApplicationApproved Approved(Guid programmeId, TestUser person, string role, string language, DateTimeOffset at) => new(
        Guid.NewGuid(), programmeId, person.PersonId, role, language,
        new MatchingProfile("BE-BRU", [], null, [], 40, [language], [], [], 1, []), at);

    /// <summary>A mentor told of a proposal, an activation and a closure, in that order.</summary>
    private async Task<PairScenario> MentorWithThreeNotificationsAsync()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeProposed);
        await factory.PublishAsync(pair.Activated);
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.PairActivated);
        await factory.PublishAsync(pair.Closed);
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.PairClosed);
        return pair;
    }

    [Fact]
    public async Task Notifications_are_listed_newest_first_in_the_language_the_participant_chose()
    {
        var pair = PairScenario.New(factory);
        await factory.PublishAsync(Approved(pair.ProgrammeId, pair.Mentor, "mentor", "nl", DateTimeOffset.UtcNow));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<MessagingDbContext, LanguagePreference?>(
            db => db.LanguagePreferences.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == pair.Mentor.PersonId)));
        await pair.OpenAsync();
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeProposed);

        var client = pair.Client(pair.Mentor);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");
        var page = await (await client.GetAsync(Notifications)).ReadAsync<NotificationPage>();

        var proposed = Assert.Single(page.Items);
        Assert.Equal((NotificationKind.MenteeProposed, NotificationLanguage.Nl, pair.PairId), (proposed.Kind, proposed.Language, proposed.PairId));
        Assert.Equal(NotificationTexts.For(NotificationKind.MenteeProposed, NotificationLanguage.Nl).Title, proposed.Title);
        Assert.False(proposed.Read);
        Assert.Equal((1, 1), (page.Total, page.Unread));
    }

    [Fact]
    public async Task Without_a_stored_preference_the_request_language_is_used_then_english()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeProposed);

        var french = pair.Client(pair.Mentor);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr;q=0.8");
        var inFrench = await (await french.GetAsync(Notifications)).ReadAsync<NotificationPage>();
        var inEnglish = await (await pair.Client(pair.Mentor).GetAsync(Notifications)).ReadAsync<NotificationPage>();

        Assert.Equal("Une proposition de mentorat vous attend", inFrench.Items.Single().Title);
        Assert.Equal("A mentee is proposed to you", inEnglish.Items.Single().Title);
    }

    [Fact]
    public async Task Marking_one_read_filters_it_and_repeating_changes_nothing()
    {
        var pair = await MentorWithThreeNotificationsAsync();
        var client = pair.Client(pair.Mentor);
        var all = await (await client.GetAsync(Notifications)).ReadAsync<NotificationPage>();
        Assert.Equal([NotificationKind.PairClosed, NotificationKind.PairActivated, NotificationKind.MenteeProposed], all.Items.Select(n => n.Kind));

        var read = await (await client.PostAsync($"{Notifications}/{all.Items[0].Id}/read", null)).ReadAsync<NotificationView>();
        var again = await (await client.PostAsync($"{Notifications}/{all.Items[0].Id}/read", null)).ReadAsync<NotificationView>();

        Assert.True(read.Read);
        Assert.Equal(read.ReadAt, again.ReadAt);
        var unread = await (await client.GetAsync($"{Notifications}?unread=true&pageSize=1")).ReadAsync<NotificationPage>();
        Assert.Equal((2, 2, 1), (unread.Total, unread.Unread, unread.Items.Count));
        Assert.Equal(NotificationKind.PairActivated, unread.Items[0].Kind);
        var readOnes = await (await client.GetAsync($"{Notifications}?unread=false")).ReadAsync<NotificationPage>();
        Assert.Equal([all.Items[0].Id], readOnes.Items.Select(n => n.Id));
    }

    [Fact]
    public async Task Reading_all_marks_every_unread_one_once()
    {
        var pair = await MentorWithThreeNotificationsAsync();
        var client = pair.Client(pair.Mentor);

        var first = await (await client.PostAsync($"{Notifications}/read-all", null)).ReadAsync<NotificationsMarkedRead>();
        var second = await (await client.PostAsync($"{Notifications}/read-all", null)).ReadAsync<NotificationsMarkedRead>();

        Assert.Equal(3, first.Marked);
        Assert.Equal(0, second.Marked);
        var page = await (await client.GetAsync(Notifications)).ReadAsync<NotificationPage>();
        Assert.Equal((3, 0), (page.Total, page.Unread));
        var mentee = await (await pair.Client(pair.Mentee).GetAsync(Notifications)).ReadAsync<NotificationPage>();
        Assert.True(mentee.Unread > 0);
    }

    [Fact]
    public async Task Someone_elses_notification_is_refused_and_an_unknown_one_is_not_found()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var notification = (await pair.NotificationsAsync(pair.Mentor, NotificationKind.MenteeProposed)).Single();

        await (await pair.Client(pair.Mentee).PostAsync($"{Notifications}/{notification.Id}/read", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await pair.Client(pair.Mentor).PostAsync($"{Notifications}/{Guid.NewGuid()}/read", null)).ProblemAsync(HttpStatusCode.NotFound);
        var bad = await pair.Client(pair.Mentor).GetAsync($"{Notifications}?unread=maybe");
        Assert.Equal(["unread"], (await bad.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        var badPage = await pair.Client(pair.Mentor).GetAsync($"{Notifications}?pageSize=0");
        Assert.Equal(["pageSize"], (await badPage.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}
