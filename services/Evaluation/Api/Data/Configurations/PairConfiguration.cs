using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Evaluation.Data.Configurations;

public sealed class PairConfiguration : IEntityTypeConfiguration<Pair>
{
    public void Configure(EntityTypeBuilder<Pair> pair)
    {
        pair.HasKey(p => p.Id);
        pair.Property(p => p.Id).ValueGeneratedNever();
        pair.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        pair.Property(p => p.Outcome).HasMaxLength(50);
        // The outcomes report reads one programme's pairs.
        pair.HasIndex(p => p.ProgrammeId);
    }
}
