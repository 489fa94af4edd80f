using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class RoundProposalConfiguration : IEntityTypeConfiguration<RoundProposal>
{
    public void Configure(EntityTypeBuilder<RoundProposal> proposal)
    {
        proposal.ToTable("round_proposals");
        proposal.HasKey(p => new { p.RoundId, p.MenteeId });
        proposal.HasOne<MatchingRound>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        proposal.Property(p => p.Criteria).AsJson();
        proposal.Property(p => p.Adjustments).AsJson();
        proposal.Property(p => p.Alternatives).AsJson();
        proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        proposal.Property(p => p.SkipReason).HasMaxLength(200);
        // Reviewed best first.
        proposal.HasIndex(p => new { p.RoundId, p.Score });
    }
}
