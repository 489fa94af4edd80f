using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class MatchingProgrammeConfiguration : IEntityTypeConfiguration<MatchingProgramme>
{
    public void Configure(EntityTypeBuilder<MatchingProgramme> programme)
    {
        programme.ToTable("programmes");
        programme.HasKey(p => p.Id);
        programme.Property(p => p.TemplateId).HasMaxLength(50);
        programme.ComplexProperty(p => p.Weights);
        programme.Ignore(p => p.WeightsSetByCoordinator);
    }
}
