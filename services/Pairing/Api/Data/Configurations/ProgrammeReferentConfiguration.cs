using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class ProgrammeReferentConfiguration : IEntityTypeConfiguration<ProgrammeReferent>
{
    public void Configure(EntityTypeBuilder<ProgrammeReferent> referent)
    {
        referent.ToTable("programme_referents");
        // Once on a programme's roster: the key is the uniqueness rule.
        referent.HasKey(r => new { r.ProgrammeId, r.PersonId });
        // An assignment looks the person up across programmes.
        referent.HasIndex(r => r.PersonId);
    }
}
