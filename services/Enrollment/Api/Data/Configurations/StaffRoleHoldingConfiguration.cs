using Mentorship.Enrollment.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class StaffRoleHoldingConfiguration : IEntityTypeConfiguration<StaffRoleHolding>
{
    public void Configure(EntityTypeBuilder<StaffRoleHolding> holding)
    {
        holding.ToTable("staff_roles");
        // Person first: the retention sweep asks "does this person hold any role?".
        holding.HasKey(h => new { h.PersonId, h.ProgrammeId, h.Role });
        holding.Property(h => h.Role).HasMaxLength(40);
    }
}
