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
        // One round of a programme planned at a time: two coordinators starting one at once end in 409.
        round.HasIndex(r => r.ProgrammeId, "ux_rounds_one_planned_per_programme")
            .IsUnique()
            .HasFilter("kind = 'Round' AND status IN ('Queued', 'Running')")
            .HasDatabaseName("ux_rounds_one_planned_per_programme");
        // One re-match waiting per programme, which later declines join: a concurrent second one is retried and joins.
        round.HasIndex(r => r.ProgrammeId, "ux_rounds_one_waiting_rematch_per_programme")
            .IsUnique()
            .HasFilter("kind = 'Rematch' AND status = 'Queued'")
            .HasDatabaseName("ux_rounds_one_waiting_rematch_per_programme");
    }
}
