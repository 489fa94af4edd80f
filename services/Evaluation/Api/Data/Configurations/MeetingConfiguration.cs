using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Evaluation.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.HasKey(m => m.Id);
        meeting.Property(m => m.Id).ValueGeneratedNever();
        meeting.HasOne<Pair>().WithMany().HasForeignKey(m => m.PairId).OnDelete(DeleteBehavior.Cascade);
        // Reports group one programme's meetings by pair.
        meeting.HasIndex(m => new { m.ProgrammeId, m.PairId });
        meeting.HasIndex(m => m.PairId);
    }
}
