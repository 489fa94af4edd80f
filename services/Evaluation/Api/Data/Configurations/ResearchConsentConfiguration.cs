using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Evaluation.Data.Configurations;

public sealed class ResearchConsentConfiguration : IEntityTypeConfiguration<ResearchConsent>
{
    public void Configure(EntityTypeBuilder<ResearchConsent> consent)
    {
        consent.ToTable("research_consents");
        consent.HasKey(c => new { c.ProgrammeId, c.PersonId });
    }
}
