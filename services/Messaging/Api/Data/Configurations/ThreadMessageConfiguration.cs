using Mentorship.Messaging.Domain.Threads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> message)
    {
        message.ToTable("thread_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        message.Property(m => m.Text).HasMaxLength(ThreadMessage.MaxTextLength);
        message.HasOne<PairThread>().WithMany().HasForeignKey(m => m.PairId).OnDelete(DeleteBehavior.Cascade);
        // The thread page (newest first) and the unread count (after a read marker) both walk this index.
        message.HasIndex(m => new { m.PairId, m.Sequence });
    }
}
