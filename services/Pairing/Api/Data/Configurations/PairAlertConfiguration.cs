using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class PairAlertConfiguration : IEntityTypeConfiguration<PairAlert>
{
    public void Configure(EntityTypeBuilder<PairAlert> alert)
    {
        alert.ToTable("pair_alerts");
        alert.HasKey(a => a.Id);
        alert.Property(a => a.Id).ValueGeneratedNever();
        alert.Property(a => a.Kind).HasMaxLength(PairAlert.KindMaxLength);
        alert.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        alert.Property(a => a.CloseReason).HasMaxLength(PairAlert.CloseReasonMaxLength);
        alert.Property(a => a.Version).IsRowVersion();

        // At most one unclosed alert per pair and kind: a condition that holds is alerted once, even if
        // two evaluations ever overlapped.
        alert.HasIndex(a => new { a.PairId, a.Kind }).IsUnique().HasFilter("state <> 'Closed'").HasDatabaseName("ux_pair_alerts_unclosed");
        // The programme's alert list and the scheduler's read of unclosed alerts.
        alert.HasIndex(a => new { a.ProgrammeId, a.State, a.RaisedAt });
        alert.HasIndex(a => a.State).HasFilter("state <> 'Closed'");
    }
}
