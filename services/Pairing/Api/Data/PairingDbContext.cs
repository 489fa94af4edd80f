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

    public DbSet<PairAlert> Alerts => Set<PairAlert>();

    public DbSet<SurveyAssignment> Surveys => Set<SurveyAssignment>();

    public DbSet<PairConcern> Concerns => Set<PairConcern>();

    public DbSet<AlertSchedule> AlertSchedules => Set<AlertSchedule>();

    public DbSet<ProgrammeReferent> Referents => Set<ProgrammeReferent>();

    public DbSet<ReferentAssignment> ReferentAssignments => Set<ReferentAssignment>();

    public DbSet<FollowUpEntry> FollowUpEntries => Set<FollowUpEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PairingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
