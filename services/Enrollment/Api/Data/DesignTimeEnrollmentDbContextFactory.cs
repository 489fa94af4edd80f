using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.Enrollment.Data;

/// <summary>Lets "dotnet ef migrations add" build the model without starting the service or reaching a database.</summary>
public sealed class DesignTimeEnrollmentDbContextFactory : IDesignTimeDbContextFactory<EnrollmentDbContext>
{
    public EnrollmentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EnrollmentDbContext>()
            .UseNpgsql("Host=localhost;Database=enrollmentdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
