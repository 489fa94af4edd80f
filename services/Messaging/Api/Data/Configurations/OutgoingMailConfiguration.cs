using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> mail)
    {
        mail.ToTable("outgoing_mails");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.Id).ValueGeneratedNever();
        mail.Property(m => m.IdempotencyKey).HasMaxLength(200);
        // A redelivered event finds its mail already queued: one mail per notification.
        mail.HasIndex(m => m.IdempotencyKey).IsUnique();
        mail.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        mail.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        mail.Property(m => m.LastError).HasMaxLength(500);
        mail.Ignore(m => m.IsDigest);
        // The sender's query: due queued mails.
        mail.HasIndex(m => m.NextAttemptAt).HasFilter("status = 'Queued'").HasDatabaseName("ix_outgoing_mails_due");
        // The digest's query and the ops list.
        mail.HasIndex(m => m.RecipientId).HasFilter("status = 'DigestPending'").HasDatabaseName("ix_outgoing_mails_digest_pending");
        mail.HasIndex(m => new { m.Status, m.CreatedAt });
    }
}
