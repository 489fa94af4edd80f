using Mentorship.Matching.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Data;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options) : DbContext(options)
{
    public DbSet<MatchingProgramme> Programmes => Set<MatchingProgramme>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<DeclinedPairRecord> DeclinedPairs => Set<DeclinedPairRecord>();

    public DbSet<AppreciationRecord> Appreciations => Set<AppreciationRecord>();

    public DbSet<MatchingRound> Rounds => Set<MatchingRound>();

    public DbSet<RoundProposal> Proposals => Set<RoundProposal>();

    public DbSet<RoundUnmatched> Unmatched => Set<RoundUnmatched>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MatchingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
