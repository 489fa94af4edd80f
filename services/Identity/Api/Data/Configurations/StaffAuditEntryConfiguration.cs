using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Identity.Data.Configurations;

public sealed class StaffAuditEntryConfiguration : IEntityTypeConfiguration<StaffAuditEntry>
{
    public void Configure(EntityTypeBuilder<StaffAuditEntry> entry)
    {
        entry.ToTable("staff_audit");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Role).HasMaxLength(30);
        entry.Property(e => e.Change).HasConversion<string>().HasMaxLength(10);
        entry.HasIndex(e => new { e.ProgrammeId, e.At });
    }
}
