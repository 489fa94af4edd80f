using Mentorship.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Data;

public sealed class PairingDbContext(DbContextOptions<PairingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PairingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
