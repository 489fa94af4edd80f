using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class ProgrammeCadenceConfiguration : IEntityTypeConfiguration<ProgrammeCadence>
{
    public void Configure(EntityTypeBuilder<ProgrammeCadence> programme)
    {
        programme.ToTable("programmes");
        programme.HasKey(p => p.ProgrammeId);
        programme.Property(p => p.ProgrammeId).ValueGeneratedNever();
        programme.Property(p => p.TemplateId).HasMaxLength(50);
    }
}
