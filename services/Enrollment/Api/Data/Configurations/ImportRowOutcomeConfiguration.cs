using Mentorship.Enrollment.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ImportRowOutcomeConfiguration : IEntityTypeConfiguration<ImportRowOutcome>
{
    public void Configure(EntityTypeBuilder<ImportRowOutcome> outcome)
    {
        outcome.ToTable("application_import_rows");
        outcome.HasKey(o => new { o.ImportId, o.Row });
        outcome.HasOne<ApplicationImport>().WithMany().HasForeignKey(o => o.ImportId).OnDelete(DeleteBehavior.Cascade);
        outcome.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        outcome.OwnsMany(o => o.Errors, errors => errors.ToJson());
    }
}
