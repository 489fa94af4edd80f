using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Messaging.Data;

/// <summary>Lets "dotnet ef migrations add" build the model without starting the service or reaching a database.</summary>
public sealed class DesignTimeMessagingDbContextFactory : IDesignTimeDbContextFactory<MessagingDbContext>
{
    public MessagingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MessagingDbContext>()
            .UseNpgsql("Host=localhost;Database=messagingdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
