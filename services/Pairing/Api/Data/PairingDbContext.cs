using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Data;

public sealed class PairingDbContext(DbContextOptions<PairingDbContext> options) : DbContext(options)
{
    public DbSet<Pair> Pairs => Set<Pair>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<ProgrammeCadence> Programmes => Set<ProgrammeCadence>();

    public DbSet<PairContact> Contacts => Set<PairContact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PairingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
