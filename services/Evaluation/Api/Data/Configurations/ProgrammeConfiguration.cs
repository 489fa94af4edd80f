using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Evaluation.Data.Configurations;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> programme)
    {
        programme.HasKey(p => p.Id);
        programme.Property(p => p.Id).ValueGeneratedNever();
        programme.Property(p => p.TemplateId).HasMaxLength(50);
        programme.Property(p => p.Name).HasMaxLength(Programme.NameMaxLength);
        programme.Property(p => p.Institution).HasMaxLength(Programme.InstitutionMaxLength);
        programme.Property(p => p.PseudonymSalt).HasMaxLength(Programme.SaltLength);
        // The roll-up report reads every programme of one template.
        programme.HasIndex(p => p.TemplateId);
    }
}
