using System.Net.Http.Json;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Mail;
using Mentorship.Messaging.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Messaging.Tests.Mail;

public sealed class DigestTests(DigestFactory factory) : IClassFixture<DigestFactory>
{
    [Fact]
    public async Task Notifications_of_digest_kinds_go_out_in_one_mail_at_the_digest_hour_once_whatever_replicas_ask()
    {
        var pair = PairScenario.New(factory);
        var address = MailSteps.NewAddress();
        await factory.ShareContactAsync(pair.Mentor.PersonId, address, "en");
        (await factory.CreateClient(pair.Mentor).PutAsJsonAsync("/api/me/mail-settings", new
        {
            kinds = new Dictionary<string, string> { ["mentee-proposed"] = "digest", ["pair-activated"] = "digest" },
        }, Api.Json)).EnsureSuccessStatusCode();
        await factory.PublishAsync(pair.Proposed);
        await factory.PublishAsync(pair.Activated);
        await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Count(x => x.Status == MailStatus.DigestPending) == 2);
        var digest = factory.Services.GetRequiredService<DailyDigest>();

        Assert.Null(await digest.RunIfDueAsync(CancellationToken.None));
        factory.DigestClock.Advance(new TimeSpan(8, 5, 0));
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => digest.RunIfDueAsync(CancellationToken.None)));

        Assert.Equal([1], runs.Where(r => r is not null).Select(r => r!.Value));
        var mail = Assert.Single(await factory.Smtp.ReceivedAsync(address));
        Assert.Contains(NotificationTexts.For(NotificationKind.MenteeProposed, NotificationLanguage.En).Title, mail.TextBody);
        Assert.Contains(NotificationTexts.For(NotificationKind.PairActivated, NotificationLanguage.En).Title, mail.TextBody);
        Assert.Contains("/api/mail/unsubscribe?token=", mail.TextBody);
        var mails = await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Any(x => x.Kind is null && x.Status == MailStatus.Sent));
        Assert.All(mails.Where(m => m.Kind is not null), m => Assert.Equal(MailStatus.Digested, m.Status));
        Assert.Null(await digest.RunIfDueAsync(CancellationToken.None));

        factory.DigestClock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await digest.RunIfDueAsync(CancellationToken.None));
        var days = await factory.QueryAsync<MessagingDbContext, int>(db => db.DigestRuns.CountAsync());
        Assert.Equal(2, days);
        Assert.Single(factory.Smtp.To(address));
    }
}
