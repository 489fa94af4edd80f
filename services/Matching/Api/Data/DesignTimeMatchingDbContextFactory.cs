using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Matching.Data;

/// <summary>Lets "dotnet ef migrations add" build the model without starting the service or reaching a database.</summary>
public sealed class DesignTimeMatchingDbContextFactory : IDesignTimeDbContextFactory<MatchingDbContext>
{
    public MatchingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MatchingDbContext>()
            .UseNpgsql("Host=localhost;Database=matchingdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
