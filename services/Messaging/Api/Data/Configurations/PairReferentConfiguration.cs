using Mentorship.Messaging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class PairReferentConfiguration : IEntityTypeConfiguration<PairReferent>
{
    public void Configure(EntityTypeBuilder<PairReferent> referent)
    {
        referent.ToTable("pair_referents");
        referent.HasKey(r => r.PairId);
        referent.Property(r => r.PairId).ValueGeneratedNever();
    }
}
