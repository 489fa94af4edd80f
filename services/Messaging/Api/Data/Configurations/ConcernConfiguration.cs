using Mentorship.Messaging.Domain.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> concern)
    {
        concern.HasKey(c => c.Id);
        concern.Property(c => c.Id).ValueGeneratedNever();
        concern.Property(c => c.Text).HasMaxLength(Concern.MaxTextLength);
        concern.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Route).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Severity).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Lab).HasMaxLength(EscalationPolicy.MaxLabLength);
        concern.Property(c => c.Version).IsRowVersion();
        // The escalation clock reads only the concerns waiting for an answer with a tier above them.
        concern.HasIndex(c => c.RespondBy).HasFilter("respond_by IS NOT NULL");
        // The referents' list (one programme, by status, newest first) and the raiser's own list.
        concern.HasIndex(c => new { c.ProgrammeId, c.Status, c.RaisedAt });
        concern.HasIndex(c => new { c.RaisedBy, c.RaisedAt });
    }
}
