using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ImportedApplicationKeyConfiguration : IEntityTypeConfiguration<ImportedApplicationKey>
{
    public void Configure(EntityTypeBuilder<ImportedApplicationKey> key)
    {
        key.ToTable("imported_application_keys");
        // Idempotent imports: one application per programme, role and e-mail, however often a file is sent.
        key.HasKey(k => new { k.ProgrammeId, k.Role, k.Email });
        key.Property(k => k.Role).HasConversion<string>().HasMaxLength(20);
        key.Property(k => k.Email).HasMaxLength(254);
        key.HasOne<Application>().WithMany().HasForeignKey(k => k.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        key.HasIndex(k => k.ApplicationId);
    }
}
