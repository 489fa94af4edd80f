using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class PairContactConfiguration : IEntityTypeConfiguration<PairContact>
{
    public void Configure(EntityTypeBuilder<PairContact> contact)
    {
        contact.ToTable("pair_contacts");
        contact.HasKey(c => c.PairId);
        // No foreign key: a message may be reported before the pair's proposal arrives.
        contact.Property(c => c.PairId).ValueGeneratedNever();
    }
}
