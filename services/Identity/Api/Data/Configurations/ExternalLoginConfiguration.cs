using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Identity.Data.Configurations;

public sealed class ExternalLoginConfiguration : IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<ExternalLogin> login)
    {
        login.ToTable("external_logins");
        login.HasKey(l => l.Id);
        login.Property(l => l.Provider).HasMaxLength(ExternalLogin.ProviderMaxLength);
        login.Property(l => l.Subject).HasMaxLength(ExternalLogin.SubjectMaxLength);
        login.Property(l => l.Institution).HasMaxLength(ExternalLogin.InstitutionMaxLength);
        // One account, one person: two first sign-ins of the same account at once link it once.
        login.HasIndex(l => new { l.Provider, l.Subject }).IsUnique().HasDatabaseName("ux_external_logins_provider_subject");
        // Erasing the person erases their links.
        login.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
