using System.Net;
using System.Net.Http.Json;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Tests.Integration;
using Mentorship.Pairing.Contracts;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Mail;

public sealed class PairAlertTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task An_alert_notifies_each_named_recipient_and_the_staff_of_its_programme_only()
    {
        var pair = PairScenario.New(factory);
        var referent = TestUser.Referent(pair.ProgrammeId);
        var coordinator = TestUser.Coordinator(pair.ProgrammeId);
        var otherCoordinator = TestUser.Coordinator(Guid.NewGuid());
        var staffAddress = MailSteps.NewAddress();
        (await factory.CreateClient(coordinator).PutAsJsonAsync($"/api/programmes/{pair.ProgrammeId}/mail-settings",
            new { signature = "Sophie, for the Duo team", staffAddress }, Api.Json)).EnsureSuccessStatusCode();
        var alert = new PairAlertRaised(Guid.NewGuid(), pair.PairId, pair.ProgrammeId, AlertKinds.FirstMeetingNotHeld, 1,
            [new("mentee", pair.Mentee.PersonId), new("mentor", pair.Mentor.PersonId), new("referent", referent.PersonId), new("coordinators", null)],
            DateTimeOffset.UtcNow);

        await factory.PublishAsync(alert);
        await factory.PublishAsync(alert);

        Assert.Single(await pair.NotificationsAsync(pair.Mentee, NotificationKind.AlertFirstMeetingNotHeld));
        Assert.Single(await pair.NotificationsAsync(pair.Mentor, NotificationKind.AlertFirstMeetingNotHeld));
        Assert.Single(await pair.NotificationsAsync(referent, NotificationKind.AlertFirstMeetingNotHeld));
        var staffMail = Assert.Single(await factory.Smtp.ReceivedAsync(staffAddress));
        Assert.Contains("Sophie, for the Duo team", staffMail.TextBody);
        Assert.DoesNotContain("/api/mail/unsubscribe", staffMail.TextBody);

        var inbox = await (await factory.CreateClient(coordinator).GetAsync("/api/me/notifications?unread=true")).ReadAsync<NotificationPage>();
        var staffNote = Assert.Single(inbox.Items, n => n.PairId == pair.PairId);
        Assert.Equal((NotificationKind.AlertFirstMeetingNotHeld, pair.ProgrammeId, 1), (staffNote.Kind, staffNote.StaffProgrammeId!.Value, staffNote.AlertLevel!.Value));
        var outsider = await (await factory.CreateClient(otherCoordinator).GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
        Assert.DoesNotContain(outsider.Items, n => n.PairId == pair.PairId);
        var refused = await factory.CreateClient(otherCoordinator).PostAsync($"/api/me/notifications/{staffNote.Id}/read", null);
        await refused.ProblemAsync(HttpStatusCode.Forbidden);

        // Each coordinator reads it for themselves.
        var secondCoordinator = TestUser.Coordinator(pair.ProgrammeId);
        var read = await (await factory.CreateClient(coordinator).PostAsync($"/api/me/notifications/{staffNote.Id}/read", null)).ReadAsync<NotificationView>();
        Assert.True(read.Read);
        var stillUnread = await (await factory.CreateClient(secondCoordinator).GetAsync("/api/me/notifications?unread=true")).ReadAsync<NotificationPage>();
        Assert.Contains(stillUnread.Items, n => n.Id == staffNote.Id);
        var nowRead = await (await factory.CreateClient(coordinator).GetAsync("/api/me/notifications?unread=true")).ReadAsync<NotificationPage>();
        Assert.DoesNotContain(nowRead.Items, n => n.Id == staffNote.Id);
    }

    [Fact]
    public async Task An_escalated_alert_is_told_again_in_firmer_words_and_a_closed_alert_resolves_its_notifications()
    {
        var pair = PairScenario.New(factory);
        var alertId = Guid.NewGuid();
        await factory.PublishAsync(new PairAlertRaised(alertId, pair.PairId, pair.ProgrammeId, AlertKinds.BehindCadence, 1,
            [new("mentor", pair.Mentor.PersonId)], DateTimeOffset.UtcNow));
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.AlertBehindCadence);

        await factory.PublishAsync(new PairAlertRaised(alertId, pair.PairId, pair.ProgrammeId, AlertKinds.BehindCadence, 2,
            [new("mentor", pair.Mentor.PersonId)], DateTimeOffset.UtcNow));
        await ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var all = await pair.NotificationsAsync(pair.Mentor, NotificationKind.AlertBehindCadence);
            return all.Count == 2 ? all : null;
        });
        await factory.PublishAsync(new PairAlertClosed(alertId, pair.PairId, pair.ProgrammeId, AlertKinds.BehindCadence, "resolved", DateTimeOffset.UtcNow));

        var page = await ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var listed = await (await factory.CreateClient(pair.Mentor).GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
            return listed.Items.All(n => n.ResolvedAt is not null) ? listed : null;
        });
        var escalated = Assert.Single(page.Items, n => n.AlertLevel == 2);
        Assert.Equal(NotificationTexts.For(NotificationKind.AlertBehindCadence, NotificationLanguage.En, 2).Title, escalated.Title);
        Assert.StartsWith("Escalated", escalated.Title);
        Assert.StartsWith("Attention", Assert.Single(page.Items, n => n.AlertLevel == 1).Title);
        var mails = await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Count == 2);
        Assert.All(mails, m => Assert.Equal(NotificationKind.AlertBehindCadence, m.Kind));
    }
}
