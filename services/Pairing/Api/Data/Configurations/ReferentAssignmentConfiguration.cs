using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class ReferentAssignmentConfiguration : IEntityTypeConfiguration<ReferentAssignment>
{
    public void Configure(EntityTypeBuilder<ReferentAssignment> assignment)
    {
        assignment.ToTable("referent_assignments");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.HasIndex(a => new { a.PairId, a.AssignedAt });
    }
}
