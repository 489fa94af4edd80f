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
        programme.Property(p => p.Name).HasMaxLength(200);
        programme.Property(p => p.Cohort).HasMaxLength(50);
        programme.ComplexProperty(p => p.Weights);
        programme.Ignore(p => p.Template);
        programme.HasIndex(p => p.CreatedAt);
    }
}
