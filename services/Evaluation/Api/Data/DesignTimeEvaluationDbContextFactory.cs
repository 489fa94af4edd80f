using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Evaluation.Data;

/// <summary>Lets "dotnet ef migrations add" build the model without starting the service or reaching a database.</summary>
public sealed class DesignTimeEvaluationDbContextFactory : IDesignTimeDbContextFactory<EvaluationDbContext>
{
    public EvaluationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EvaluationDbContext>()
            .UseNpgsql("Host=localhost;Database=evaluationdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
