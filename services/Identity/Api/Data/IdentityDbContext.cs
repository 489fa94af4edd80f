using Mentorship.Identity.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Mentorship.Identity.Data;

/// <summary>People, sign-in codes, staff roles and the cookie keys, beside OpenIddict's applications, authorizations, scopes and tokens, and the outbox and inbox.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<SignInCode> SignInCodes => Set<SignInCode>();

    public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();

    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();

    public DbSet<StaffAuditEntry> StaffAudit => Set<StaffAuditEntry>();

    public DbSet<ProgrammeParticipant> ProgrammeParticipants => Set<ProgrammeParticipant>();

    /// <summary>The keys of the sign-in cookie, shared by the replicas.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.UseOpenIddict();
        modelBuilder.AddOutboxAndInbox();

        // OpenIddict names its tables in PascalCase; the platform's are snake_case everywhere.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
    }
}
