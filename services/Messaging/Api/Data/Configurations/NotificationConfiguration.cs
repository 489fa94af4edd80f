using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        notification.Property(n => n.Key).HasMaxLength(100);
        // One notification per recipient and subject, whichever copy of the event comes first.
        notification.HasIndex(n => new { n.RecipientId, n.Key }).IsUnique();
        // The recipient's list, newest first, and its unread filter.
        notification.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        notification.HasIndex(n => n.RecipientId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        // The pusher's only query.
        notification.HasIndex(n => n.CreatedAt).HasFilter("pushed_at IS NULL").HasDatabaseName("ix_notifications_to_push");
        // The staff inbox of a programme, and closing the notifications of one alert.
        notification.HasIndex(n => new { n.StaffProgrammeId, n.CreatedAt }).HasFilter("staff_programme_id IS NOT NULL");
        notification.HasIndex(n => n.AlertId).HasFilter("alert_id IS NOT NULL");
        notification.Ignore(n => n.ForStaff);
    }
}
