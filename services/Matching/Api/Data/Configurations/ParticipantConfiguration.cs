using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Matching.Data.Configurations;

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> participant)
    {
        participant.ToTable("participants");
        participant.HasKey(p => p.ApplicationId);
        participant.Property(p => p.Role).HasConversion<string>().HasMaxLength(10);
        participant.Property(p => p.Profile).AsJson();
        participant.Ignore(p => p.Available);
        // A round loads one programme's pool by role.
        participant.HasIndex(p => new { p.ProgrammeId, p.Role });
        participant.HasIndex(p => p.PersonId);
    }
}
