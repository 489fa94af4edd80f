using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.HasKey(m => m.Id);
        // Set by the service, so a meeting added through the pair is inserted rather than updated.
        meeting.Property(m => m.Id).ValueGeneratedNever();
        meeting.Property(m => m.Place).HasMaxLength(Meeting.PlaceMaxLength);
        meeting.PrimitiveCollection(m => m.Dimensions).ElementType().HasConversion<string>();
        meeting.HasIndex(m => new { m.PairId, m.Date });
    }
}
