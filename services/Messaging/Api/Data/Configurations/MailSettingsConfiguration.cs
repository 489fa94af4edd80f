using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class MailSettingsConfiguration : IEntityTypeConfiguration<MailSettings>
{
    public void Configure(EntityTypeBuilder<MailSettings> settings)
    {
        settings.HasKey(s => s.PersonId);
        settings.Property(s => s.PersonId).ValueGeneratedNever();
        settings.Property(s => s.Language).HasConversion<string>().HasMaxLength(2);
        settings.Property(s => s.Address).HasMaxLength(254);
    }
}
