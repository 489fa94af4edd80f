using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class LanguagePreferenceConfiguration : IEntityTypeConfiguration<LanguagePreference>
{
    public void Configure(EntityTypeBuilder<LanguagePreference> preference)
    {
        preference.HasKey(p => p.PersonId);
        preference.Property(p => p.PersonId).ValueGeneratedNever();
        preference.Property(p => p.Language).HasConversion<string>().HasMaxLength(2);
    }
}
