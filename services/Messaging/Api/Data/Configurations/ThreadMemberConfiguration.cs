using Mentorship.Messaging.Domain.Threads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class ThreadMemberConfiguration : IEntityTypeConfiguration<ThreadMember>
{
    public void Configure(EntityTypeBuilder<ThreadMember> member)
    {
        member.HasKey(m => new { m.PairId, m.PersonId });
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        // A person's threads: hub groups on connect, unread counts rebuilt from read markers.
        member.HasIndex(m => m.PersonId);
    }
}
