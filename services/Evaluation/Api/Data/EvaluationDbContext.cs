using Mentorship.Evaluation.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Data;

public sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Pair> Pairs => Set<Pair>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyAnswer> Answers => Set<SurveyAnswer>();

    public DbSet<ResearchConsent> ResearchConsents => Set<ResearchConsent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvaluationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
