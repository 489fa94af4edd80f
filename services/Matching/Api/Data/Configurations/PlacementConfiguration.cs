using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> placement)
    {
        placement.ToTable("placements");
        placement.HasKey(p => p.PairId);
        placement.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        placement.Ignore(p => p.HoldsSeat);
        placement.Ignore(p => p.ReturnsMentee);
        placement.HasIndex(p => new { p.ProgrammeId, p.MenteeId });
        // A mentor's load is counted across all programmes.
        placement.HasIndex(p => new { p.MentorId, p.Status });
    }
}
