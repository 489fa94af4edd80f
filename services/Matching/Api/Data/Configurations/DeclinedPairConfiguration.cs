using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class DeclinedPairConfiguration : IEntityTypeConfiguration<DeclinedPairRecord>
{
    public void Configure(EntityTypeBuilder<DeclinedPairRecord> declined)
    {
        declined.ToTable("declined_pairs");
        declined.HasKey(d => new { d.ProgrammeId, d.MenteeId, d.MentorId });
        declined.Property(d => d.Cause).HasConversion<string>().HasMaxLength(20);
    }
}
