using Mentorship.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Data;

public sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvaluationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
