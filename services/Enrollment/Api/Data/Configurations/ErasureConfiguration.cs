using Mentorship.Enrollment.Domain.Erasures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ErasureConfiguration : IEntityTypeConfiguration<Erasure>
{
    public void Configure(EntityTypeBuilder<Erasure> erasure)
    {
        erasure.ToTable("person_erasures");
        erasure.HasKey(e => e.Id);
        // One erasure per person: a second request, even racing the first, answers with the first.
        erasure.HasIndex(e => e.PersonKey).IsUnique();
        erasure.Ignore(e => e.IsCompleted);
        erasure.Ignore(e => e.CompletedAt);
        erasure.HasMany(e => e.Receipts).WithOne().HasForeignKey(r => r.ErasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
