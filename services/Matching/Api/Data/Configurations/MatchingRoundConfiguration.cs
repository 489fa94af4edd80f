using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class MatchingRoundConfiguration : IEntityTypeConfiguration<MatchingRound>
{
    public void Configure(EntityTypeBuilder<MatchingRound> round)
    {
        round.ToTable("rounds");
        round.HasKey(r => r.Id);
        round.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        round.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        round.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        round.Property(r => r.Phase).HasMaxLength(20);
        round.Property(r => r.Error).HasMaxLength(4000);
        round.Property(r => r.Stats).AsJson();
        round.Property(r => r.Version).IsRowVersion();
        round.Ignore(r => r.InProgress);
        round.HasIndex(r => new { r.ProgrammeId, r.RequestedAt });
        // The worker's claim query: the oldest queued round.
        round.HasIndex(r => new { r.Status, r.RequestedAt });
    }
}
