using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class MailKindPreferenceConfiguration : IEntityTypeConfiguration<MailKindPreference>
{
    public void Configure(EntityTypeBuilder<MailKindPreference> preference)
    {
        preference.HasKey(p => new { p.PersonId, p.Kind });
        preference.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        preference.Property(p => p.Mode).HasConversion<string>().HasMaxLength(20);
    }
}
