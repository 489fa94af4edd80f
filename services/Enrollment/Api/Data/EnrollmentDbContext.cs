using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Erasures;
using Mentorship.Enrollment.Domain.Partners;
using Mentorship.Enrollment.Domain.Staff;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Data;

public sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : DbContext(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<Erasure> Erasures => Set<Erasure>();

    public DbSet<PairDisclosure> PairDisclosures => Set<PairDisclosure>();

    public DbSet<ClosedPair> ClosedPairs => Set<ClosedPair>();

    public DbSet<StaffRoleHolding> StaffRoles => Set<StaffRoleHolding>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrollmentDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
