using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Tests.Integration;

namespace Mentorship.Messaging.Tests.Mail;

public sealed class SmtpDownTests(SmtpDownFactory factory) : IClassFixture<SmtpDownFactory>
{
    [Fact]
    public async Task Mails_queued_while_the_smtp_server_is_down_are_delivered_exactly_once_after_it_comes_back()
    {
        var pair = PairScenario.New(factory);
        var address = MailSteps.NewAddress();
        await factory.ShareContactAsync(pair.Mentor.PersonId, address, "fr");
        await factory.ContactAsync(pair.Mentor.PersonId, _ => true);

        await factory.PublishAsync(pair.Proposed);
        var retrying = Assert.Single(await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Count == 1 && m[0].Attempts >= 1));
        Assert.Equal(MailStatus.Queued, retrying.Status);
        Assert.NotNull(retrying.LastError);

        factory.Smtp.Start();

        Assert.Single(await factory.Smtp.ReceivedAsync(address));
        var sent = Assert.Single(await factory.MailsOfAsync(pair.Mentor.PersonId, m => m.Single().Status == MailStatus.Sent));
        Assert.True(sent.Attempts >= 2);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(factory.Smtp.To(address));
    }
}
