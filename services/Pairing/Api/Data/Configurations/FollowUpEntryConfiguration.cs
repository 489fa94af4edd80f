using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class FollowUpEntryConfiguration : IEntityTypeConfiguration<FollowUpEntry>
{
    public void Configure(EntityTypeBuilder<FollowUpEntry> entry)
    {
        entry.ToTable("follow_up_entries");
        // The key is the client's entryId when given: the primary key is what makes a retried POST find its entry.
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.With).HasConversion<string>().HasMaxLength(10);
        entry.Property(e => e.Channel).HasConversion<string>().HasMaxLength(10);
        entry.Property(e => e.Summary).HasMaxLength(FollowUpEntry.TextMaxLength);
        entry.Property(e => e.Progress).HasMaxLength(FollowUpEntry.TextMaxLength);
        entry.PrimitiveCollection(e => e.NextActions);
        entry.HasOne<Pair>().WithMany().HasForeignKey(e => e.PairId).OnDelete(DeleteBehavior.Cascade);
        // One pair's log, newest first, a page at a time.
        entry.HasIndex(e => new { e.PairId, e.WrittenAt, e.Id }).IsDescending(false, true, true);
    }
}
