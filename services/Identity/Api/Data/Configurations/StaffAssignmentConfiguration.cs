using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Identity.Data.Configurations;

public sealed class StaffAssignmentConfiguration : IEntityTypeConfiguration<StaffAssignment>
{
    public void Configure(EntityTypeBuilder<StaffAssignment> assignment)
    {
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Role).HasMaxLength(30);
        assignment.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One live grant of a role per person and programme: granting it twice at once is a conflict, not two rows.
        assignment.HasIndex(a => new { a.ProgrammeId, a.PersonId, a.Role })
            .IsUnique()
            .HasFilter("revoked_at IS NULL")
            .HasDatabaseName("ux_staff_assignments_live");
        assignment.HasIndex(a => a.PersonId);
    }
}
