using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Pairing.Data;

/// <summary>Lets "dotnet ef migrations add" build the model without starting the service or reaching a database.</summary>
public sealed class DesignTimePairingDbContextFactory : IDesignTimeDbContextFactory<PairingDbContext>
{
    public PairingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PairingDbContext>()
            .UseNpgsql("Host=localhost;Database=pairingdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
