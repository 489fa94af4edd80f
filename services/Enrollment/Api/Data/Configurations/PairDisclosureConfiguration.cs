using Mentorship.Enrollment.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class PairDisclosureConfiguration : IEntityTypeConfiguration<PairDisclosure>
{
    public void Configure(EntityTypeBuilder<PairDisclosure> disclosure)
    {
        disclosure.ToTable("pair_disclosures");
        disclosure.HasKey(d => d.PairId);
        disclosure.Property(d => d.PairId).ValueGeneratedNever();
        disclosure.Property(d => d.Stage).HasConversion<int>();
    }
}
