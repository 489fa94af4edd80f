using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class PairConcernConfiguration : IEntityTypeConfiguration<PairConcern>
{
    public void Configure(EntityTypeBuilder<PairConcern> concern)
    {
        concern.ToTable("pair_concerns");
        concern.HasKey(c => c.ConcernId);
        concern.Property(c => c.ConcernId).ValueGeneratedNever();
        // The scheduler reads only the concerns still unanswered.
        concern.HasIndex(c => c.RaisedAt).HasFilter("acknowledged_at IS NULL");
    }
}
