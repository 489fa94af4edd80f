using Mentorship.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

public sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
