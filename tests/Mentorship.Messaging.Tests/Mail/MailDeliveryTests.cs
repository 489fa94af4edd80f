using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Tests.Integration;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer.Protocol;

namespace Mentorship.Messaging.Tests.Mail;

public sealed partial class MailDeliveryTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task A_proposal_reaches_the_mentor_by_mail_once_in_their_language_with_text_html_and_an_unsubscribe_link()
    {
        var pair = PairScenario.New(factory);
        var address = MailSteps.NewAddress();
        await factory.PublishAsync(new ProgrammeCreated(pair.ProgrammeId, "t", new CriterionWeights(1, 1, 1, 1, 1, 1, 1, 1), 2, 1, 6, 4, DateTimeOffset.UtcNow, "Duo <Brussels>"));
        await factory.ShareContactAsync(pair.Mentor.PersonId, address, "nl-BE");
        await factory.ContactAsync(pair.Mentor.PersonId, _ => true);

        var proposed = pair.Proposed;
        await factory.PublishAsync(proposed);
        await factory.PublishAsync(proposed);

        var mail = Assert.Single(await factory.Smtp.ReceivedAsync(address));
        var title = NotificationTexts.For(NotificationKind.MenteeProposed, NotificationLanguage.Nl).Title;
        Assert.Equal($"Duo <Brussels>: {title}", mail.Subject);
        Assert.Contains("Het team van Duo <Brussels>", mail.TextBody);
        Assert.Contains($"https://mentorship.test/pairs/{pair.PairId}", mail.TextBody);
        Assert.Contains("Het team van Duo &lt;Brussels&gt;", mail.HtmlBody);
        Assert.DoesNotContain("<Brussels>", mail.HtmlBody);
        Assert.Matches(UnsubscribeLink(), mail.TextBody);
        Assert.Contains("/api/mail/unsubscribe?token=", mail.HtmlBody);
        Assert.EndsWith("@mentorship.example", mail.MessageId);

        // Both copies applied (a later proposal behind them is), still one mail queued and received.
        await PairScenario.New(factory).OpenAsync();
        var queued = await factory.MailsOfAsync(pair.Mentor.PersonId, mails => mails.All(m => m.Status == MailStatus.Sent));
        Assert.Single(queued);
        Assert.Single(factory.Smtp.To(address));
    }

    [Fact]
    public async Task The_unsubscribe_link_turns_that_kind_off_without_signing_in_and_a_forged_token_is_refused()
    {
        var pair = PairScenario.New(factory);
        var address = MailSteps.NewAddress();
        await factory.ShareContactAsync(pair.Mentor.PersonId, address, "fr");
        await factory.ContactAsync(pair.Mentor.PersonId, _ => true);
        await factory.PublishAsync(pair.Proposed);
        var mail = Assert.Single(await factory.Smtp.ReceivedAsync(address));
        var link = new Uri(UnsubscribeLink().Match(mail.TextBody!).Value);

        var anonymous = factory.CreateClient();
        var done = await (await anonymous.GetAsync(link.PathAndQuery)).ReadAsync<UnsubscribedView>();

        Assert.Equal("mentee-proposed", done.Kind);
        Assert.Contains("ne recevrez plus", done.Message);
        var settings = await (await factory.CreateClient(pair.Mentor).GetAsync("/api/me/mail-settings")).ReadAsync<MailSettingsView>();
        Assert.Equal("off", settings.Kinds["mentee-proposed"]);
        Assert.Equal("immediate", settings.Kinds["pair-activated"]);
        var forged = await anonymous.GetAsync("/api/mail/unsubscribe?token=not-a-real-token");
        Assert.Contains("token", (await forged.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        var missing = await anonymous.GetAsync("/api/mail/unsubscribe");
        Assert.Contains("token", (await missing.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task A_kind_turned_off_is_not_mailed_and_a_kind_in_the_digest_waits_for_it()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        await factory.ShareContactAsync(pair.Mentee.PersonId, MailSteps.NewAddress(), "en");
        await factory.ShareContactAsync(pair.Mentor.PersonId, MailSteps.NewAddress(), "en");
        (await factory.CreateClient(pair.Mentee).PutAsJsonAsync("/api/me/mail-settings", new { kinds = new Dictionary<string, string> { ["pair-activated"] = "off" } }, Api.Json))
            .EnsureSuccessStatusCode();
        (await factory.CreateClient(pair.Mentor).PutAsJsonAsync("/api/me/mail-settings", new { kinds = new Dictionary<string, string> { ["pair-activated"] = "digest" } }, Api.Json))
            .EnsureSuccessStatusCode();

        await factory.PublishAsync(pair.Activated);

        await pair.NotificationsAsync(pair.Mentee, NotificationKind.PairActivated);
        await pair.NotificationsAsync(pair.Mentor, NotificationKind.PairActivated);
        var mentorMails = await factory.MailsOfAsync(pair.Mentor.PersonId, mails => mails.Any(m => m.Kind == NotificationKind.PairActivated));
        Assert.Equal(MailStatus.DigestPending, mentorMails.Single(m => m.Kind == NotificationKind.PairActivated).Status);
        var menteeMails = await factory.MailsOfAsync(pair.Mentee.PersonId, _ => true);
        Assert.DoesNotContain(menteeMails, m => m.Kind == NotificationKind.PairActivated);
    }

    [Fact]
    public async Task The_latest_shared_contact_wins_and_the_address_a_person_sets_wins_over_it()
    {
        var person = TestUser.Mentor();
        var newer = MailSteps.NewAddress();
        await factory.ShareContactAsync(person.PersonId, newer, "nl", DateTimeOffset.UtcNow);
        await factory.ContactAsync(person.PersonId, c => c.Email == newer);
        await factory.ShareContactAsync(person.PersonId, MailSteps.NewAddress(), "fr", DateTimeOffset.UtcNow.AddDays(-1));
        var later = MailSteps.NewAddress();
        await factory.ShareContactAsync(person.PersonId, later, "en", DateTimeOffset.UtcNow.AddMinutes(1));

        var contact = await factory.ContactAsync(person.PersonId, c => c.Email == later);
        Assert.Equal("en", contact.Language);

        var own = MailSteps.NewAddress();
        var settings = await (await factory.CreateClient(person).PutAsJsonAsync("/api/me/mail-settings", new { language = "nl", address = own }, Api.Json))
            .ReadAsync<MailSettingsView>();
        Assert.Equal(("nl", own, true), (settings.Language, settings.Address, settings.ApplicationAddressKnown));
        var pair = PairScenario.New(factory) with { Mentor = person };
        await factory.PublishAsync(pair.Proposed);
        var mail = Assert.Single(await factory.Smtp.ReceivedAsync(own));
        Assert.Contains(NotificationTexts.For(NotificationKind.MenteeProposed, NotificationLanguage.Nl).Title, mail.Subject);
        Assert.Empty(factory.Smtp.To(later));
    }

    [Fact]
    public async Task A_mail_to_someone_without_address_is_listed_as_no_address_for_ops_and_goes_once_an_address_is_known()
    {
        var pair = PairScenario.New(factory);
        await factory.PublishAsync(pair.Proposed);
        var mails = await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Count == 1 && m[0].Status == MailStatus.NoAddress);

        var ops = factory.CreateClient(TestUser.Ops());
        var listed = await (await ops.GetAsync("/api/ops/mails?status=no-address&pageSize=200")).ReadAsync<PagedResult<OpsMailView>>();
        var row = Assert.Single(listed.Items, m => m.Id == mails[0].Id);
        Assert.Equal((pair.Mentor.PersonId, "mentee-proposed"), (row.RecipientId, row.Kind));

        var address = MailSteps.NewAddress();
        await factory.ShareContactAsync(pair.Mentor.PersonId, address, "en");
        await factory.ContactAsync(pair.Mentor.PersonId, _ => true);
        var retried = await (await ops.PostAsync($"/api/ops/mails/{row.Id}/retry", null)).ReadAsync<OpsMailView>();
        Assert.Equal(MailStatus.Queued, retried.Status);
        Assert.Single(await factory.Smtp.ReceivedAsync(address));
    }

    [Fact]
    public async Task Mails_queued_together_with_and_without_an_address_each_keep_their_own_outcome()
    {
        var withAddress = Guid.NewGuid();
        var withoutAddress = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var address = MailSteps.NewAddress();
        await factory.ShareContactAsync(withAddress, address, "fr");
        await factory.ContactAsync(withAddress, _ => true);

        // One commit: the sender claims them in one batch, the address-less ones around the one it sends.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
            var now = DateTimeOffset.UtcNow;
            foreach (var person in withoutAddress.Take(2).Append(withAddress).Append(withoutAddress[2]))
                await db.NotifyOnceAsync(Notification.About(NotificationKind.PairActivated, person, Guid.NewGuid(), now, pairId: Guid.NewGuid()), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var sent = Assert.Single(await factory.MailsOfAsync(withAddress, m => m.Count == 1 && m[0].Status == MailStatus.Sent));
        Assert.Equal((1, null), (sent.Attempts, sent.LastError));
        Assert.NotNull(sent.SentAt);
        Assert.Single(await factory.Smtp.ReceivedAsync(address));
        foreach (var person in withoutAddress)
        {
            var none = Assert.Single(await factory.MailsOfAsync(person, m => m.Count == 1 && m[0].Status == MailStatus.NoAddress));
            Assert.Equal((0, null, null), (none.Attempts, none.LastError, none.SentAt));
        }
    }

    [Fact]
    public async Task A_permanent_refusal_fails_the_mail_with_the_server_reply_and_ops_can_send_it_again()
    {
        var pair = PairScenario.New(factory);
        var address = MailSteps.NewAddress();
        var refusing = true;
        factory.Smtp.Refuse = message => refusing && message.To.Mailboxes.Any(b => b.Address == address)
            ? new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Mailbox full for good")
            : null;
        await factory.ShareContactAsync(pair.Mentor.PersonId, address, "en");
        await factory.ContactAsync(pair.Mentor.PersonId, _ => true);

        await factory.PublishAsync(pair.Proposed);

        var failed = Assert.Single(await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Count == 1 && m[0].Status == MailStatus.Failed));
        Assert.Equal(1, failed.Attempts);
        var ops = factory.CreateClient(TestUser.Ops());
        var listed = await (await ops.GetAsync("/api/ops/mails?status=failed&pageSize=200")).ReadAsync<PagedResult<OpsMailView>>();
        var row = Assert.Single(listed.Items, m => m.Id == failed.Id);
        Assert.Contains("550", row.LastError);
        Assert.Contains("Mailbox full for good", row.LastError);

        refusing = false;
        (await ops.PostAsync($"/api/ops/mails/{failed.Id}/retry", null)).EnsureSuccessStatusCode();
        Assert.Single(await factory.Smtp.ReceivedAsync(address));
        await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Single().Status == MailStatus.Sent);
        var again = await ops.PostAsync($"/api/ops/mails/{failed.Id}/retry", null);
        await again.ProblemAsync(HttpStatusCode.Conflict);
    }

    [GeneratedRegex(@"https://mentorship\.test/api/mail/unsubscribe\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex UnsubscribeLink();
}
