using Mentorship.Enrollment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Enrollment.Data.Configurations;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> programme)
    {
        programme.HasKey(p => p.Id);
        programme.Property(p => p.TemplateId).HasMaxLength(50);
        programme.Property(p => p.Name).HasMaxLength(Programme.NameMaxLength);
        programme.Property(p => p.Cohort).HasMaxLength(Programme.CohortMaxLength);
        programme.Property(p => p.Institution).HasMaxLength(Programme.InstitutionMaxLength);
        programme.ComplexProperty(p => p.Weights);
        programme.ComplexProperty(p => p.ApplicationWindow);
        programme.ComplexProperty(p => p.Capacity);
        programme.Ignore(p => p.Template);
        programme.HasIndex(p => p.CreatedAt);
        // Two edits at once cannot both become the next revision: the second is a 409 to retry.
        programme.Property(p => p.SettingsRevision).IsConcurrencyToken();
        // One programme per template, name and cohort; two admins creating it at once end in 409, not a duplicate.
        programme.HasIndex(p => new { p.TemplateId, p.Name, p.Cohort })
            .IsUnique()
            .HasDatabaseName("ux_programmes_template_name_cohort");
    }
}
