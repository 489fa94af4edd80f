using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class PairConfiguration : IEntityTypeConfiguration<Pair>
{
    public void Configure(EntityTypeBuilder<Pair> pair)
    {
        pair.HasKey(p => p.Id);
        // The id is Matching's: a pair is created with the id of the proposal it follows.
        pair.Property(p => p.Id).ValueGeneratedNever();
        pair.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        pair.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(30);
        pair.Property(p => p.DeclineReason).HasMaxLength(Pair.DeclineReasonMaxLength);
        pair.Property(p => p.DeclinedBy).HasConversion<string>().HasMaxLength(10);
        pair.Property(p => p.ClosingNotes).HasMaxLength(Pair.ClosingNotesMaxLength);
        pair.Property(p => p.Version).IsRowVersion();

        pair.OwnsOne(p => p.FirstMeeting, firstMeeting => firstMeeting.ToJson());
        pair.OwnsMany(p => p.Goals, goals =>
        {
            goals.ToJson("action_plan");
            goals.Property(g => g.Status).HasConversion<string>();
        });
        pair.OwnsMany(p => p.ClosingInterviews, interviews =>
        {
            interviews.ToJson("closing_interviews");
            interviews.Property(i => i.Side).HasConversion<string>();
            interviews.Property(i => i.GoalsReached).HasConversion<string>();
        });
        pair.HasMany(p => p.Meetings).WithOne().HasForeignKey(m => m.PairId).OnDelete(DeleteBehavior.Cascade);
        pair.Navigation(p => p.Meetings).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The monitoring table: one programme, optionally one status, oldest proposals first.
        pair.HasIndex(p => new { p.ProgrammeId, p.Status, p.ProposedAt });
        pair.HasIndex(p => new { p.ProgrammeId, p.ProposedAt });
        // A person's own pairs, on either side.
        pair.HasIndex(p => p.MenteeId);
        pair.HasIndex(p => p.MentorId);
        // A referent's share of the monitoring table.
        pair.HasIndex(p => new { p.ProgrammeId, p.ReferentId });
    }
}
