using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ApplicationImportConfiguration : IEntityTypeConfiguration<ApplicationImport>
{
    public void Configure(EntityTypeBuilder<ApplicationImport> import)
    {
        import.ToTable("application_imports");
        import.HasKey(i => i.Id);
        import.HasOne<Programme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        import.Property(i => i.FileName).HasMaxLength(255);
        import.Property(i => i.Format).HasConversion<string>().HasMaxLength(10);
        import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.Failure).HasMaxLength(2000);
        // The worker's claim: queued imports, oldest first.
        import.HasIndex(i => new { i.Status, i.RequestedAt });
    }
}
