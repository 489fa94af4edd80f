using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Identity.Data.Configurations;

public sealed class ProgrammeParticipantConfiguration : IEntityTypeConfiguration<ProgrammeParticipant>
{
    public void Configure(EntityTypeBuilder<ProgrammeParticipant> participant)
    {
        participant.HasKey(p => new { p.ProgrammeId, p.PersonId });
        participant.HasIndex(p => p.PersonId);
    }
}
