using Mentorship.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Data;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MatchingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
