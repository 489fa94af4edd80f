using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Pairing.Data.Configurations;

public sealed class AlertScheduleConfiguration : IEntityTypeConfiguration<AlertSchedule>
{
    public void Configure(EntityTypeBuilder<AlertSchedule> schedule)
    {
        schedule.ToTable("alert_schedules");
        schedule.HasKey(s => s.Name);
        schedule.Property(s => s.Name).HasMaxLength(50);
        schedule.Property(s => s.Holder).HasMaxLength(AlertSchedule.HolderMaxLength);
        // Created with the schema and due at once, so the replicas only ever lock it, never race to insert it.
        schedule.HasData(new AlertSchedule
        {
            Name = AlertSchedule.PairAlerts,
            DueAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
    }
}
