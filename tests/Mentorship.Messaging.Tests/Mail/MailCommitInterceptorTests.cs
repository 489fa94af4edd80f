using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Mail;
using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Mail;

/// <summary>Which saves wake the sender, read from the tracked mails without a DetectChanges pass (no database needed).</summary>
public sealed class MailCommitInterceptorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly MessagingDbContext _db = new(new DbContextOptionsBuilder<MessagingDbContext>()
        .UseNpgsql("Host=unused").Options);

    [Fact]
    public void A_mail_added_as_queued_wakes_the_sender()
    {
        var mail = _db.OutgoingMails.Add(Mail(MailStatus.Queued)).Entity;

        Assert.True(MailCommitInterceptor.BecameQueued(_db.Entry(mail)));
    }

    [Fact]
    public void A_mail_added_for_the_digest_does_not()
    {
        var mail = _db.OutgoingMails.Add(Mail(MailStatus.DigestPending)).Entity;

        Assert.False(MailCommitInterceptor.BecameQueued(_db.Entry(mail)));
    }

    [Fact]
    public void A_failed_mail_sent_again_by_ops_wakes_the_sender_before_changes_are_detected()
    {
        var mail = Mail(MailStatus.Failed);
        _db.OutgoingMails.Attach(mail);

        Assert.True(mail.Requeue(Now));

        Assert.Equal(EntityState.Unchanged, _db.ChangeTracker.EntriesWithoutDetectingChanges<OutgoingMail>().Single().State);
        Assert.True(MailCommitInterceptor.BecameQueued(_db.Entry(mail)));
    }

    [Fact]
    public void The_senders_claim_of_a_queued_mail_wakes_no_one()
    {
        var mail = Mail(MailStatus.Queued);
        _db.OutgoingMails.Attach(mail);

        mail.Claim(Now.AddMinutes(5));

        Assert.False(MailCommitInterceptor.BecameQueued(_db.Entry(mail)));
    }

    public void Dispose() => _db.Dispose();

    private static OutgoingMail Mail(MailStatus status)
    {
        var notification = Notification.About(NotificationKind.MenteeProposed, Guid.NewGuid(), Guid.NewGuid(), Now, programmeId: Guid.NewGuid());
        return OutgoingMail.For(notification, notification.RecipientId, status, Now);
    }
}
