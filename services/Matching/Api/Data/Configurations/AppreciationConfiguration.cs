using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class AppreciationConfiguration : IEntityTypeConfiguration<AppreciationRecord>
{
    public void Configure(EntityTypeBuilder<AppreciationRecord> appreciation)
    {
        appreciation.ToTable("appreciations");
        appreciation.HasKey(a => a.Id);
        appreciation.Property(a => a.Kind).HasMaxLength(10);
        appreciation.Property(a => a.Reason).HasMaxLength(AppreciationRecord.ReasonMaxLength);
        appreciation.Property(a => a.EndReason).HasMaxLength(20);
        appreciation.Ignore(a => a.InForce);
        appreciation.HasIndex(a => new { a.ProgrammeId, a.CreatedAt });
        // At most one appreciation in force per pair: a race between two coordinators ends in 409.
        appreciation.HasIndex(a => new { a.ProgrammeId, a.MenteeId, a.MentorId })
            .IsUnique()
            .HasFilter("ended_at IS NULL")
            .HasDatabaseName("ux_appreciations_in_force_per_pair");
    }
}
