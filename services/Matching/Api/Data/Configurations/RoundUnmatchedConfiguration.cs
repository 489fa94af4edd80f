using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class RoundUnmatchedConfiguration : IEntityTypeConfiguration<RoundUnmatched>
{
    public void Configure(EntityTypeBuilder<RoundUnmatched> unmatched)
    {
        unmatched.ToTable("round_unmatched");
        unmatched.HasKey(u => new { u.RoundId, u.MenteeId });
        unmatched.HasOne<MatchingRound>().WithMany().HasForeignKey(u => u.RoundId).OnDelete(DeleteBehavior.Cascade);
        unmatched.Property(u => u.Reason).HasMaxLength(50);
        unmatched.Property(u => u.Explanation).HasMaxLength(1000);
        unmatched.Property(u => u.ExcludedMentors).AsJson();
    }
}
