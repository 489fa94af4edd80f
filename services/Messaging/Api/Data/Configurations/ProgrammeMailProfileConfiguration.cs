using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class ProgrammeMailProfileConfiguration : IEntityTypeConfiguration<ProgrammeMailProfile>
{
    public void Configure(EntityTypeBuilder<ProgrammeMailProfile> profile)
    {
        profile.HasKey(p => p.ProgrammeId);
        profile.Property(p => p.ProgrammeId).ValueGeneratedNever();
        profile.Property(p => p.Name).HasMaxLength(200);
        profile.Property(p => p.Signature).HasMaxLength(ProgrammeMailProfile.MaxSignatureLength);
        profile.Property(p => p.StaffAddress).HasMaxLength(254);
    }
}
