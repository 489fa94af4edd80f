using Mentorship.Messaging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class ProgrammeReferentConfiguration : IEntityTypeConfiguration<ProgrammeReferent>
{
    public void Configure(EntityTypeBuilder<ProgrammeReferent> referent)
    {
        referent.ToTable("programme_referents");
        referent.HasKey(r => new { r.ProgrammeId, r.PersonId });
    }
}
