using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Identity.Data;

/// <summary>Lets "dotnet ef migrations add" build the model without starting the service or reaching a database.</summary>
public sealed class DesignTimeIdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<IdentityDbContext>)new DbContextOptionsBuilder<IdentityDbContext>()
            .UseServiceDatabase("Host=localhost;Database=identitydb")
            .Options);
}
