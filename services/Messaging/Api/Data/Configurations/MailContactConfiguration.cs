using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class MailContactConfiguration : IEntityTypeConfiguration<MailContact>
{
    public void Configure(EntityTypeBuilder<MailContact> contact)
    {
        contact.HasKey(c => c.PersonId);
        contact.Property(c => c.PersonId).ValueGeneratedNever();
        contact.Property(c => c.Email).HasMaxLength(254);
        contact.Property(c => c.Language).HasMaxLength(10);
    }
}
