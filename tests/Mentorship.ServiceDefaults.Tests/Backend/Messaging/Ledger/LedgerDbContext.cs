using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    public DbSet<EntryTally> Tallies => Set<EntryTally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EntryTally>().HasKey(t => t.EntryId);
        modelBuilder.AddOutboxAndInbox();
    }
}
