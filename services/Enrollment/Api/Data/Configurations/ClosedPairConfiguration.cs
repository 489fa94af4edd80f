using Mentorship.Enrollment.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ClosedPairConfiguration : IEntityTypeConfiguration<ClosedPair>
{
    public void Configure(EntityTypeBuilder<ClosedPair> pair)
    {
        pair.HasKey(p => p.PairId);
        pair.Property(p => p.PairId).ValueGeneratedNever();
        // The retention sweep looks a person's closures up by either side.
        pair.HasIndex(p => new { p.MenteeId, p.ProgrammeId });
        pair.HasIndex(p => new { p.MentorId, p.ProgrammeId });
    }
}
