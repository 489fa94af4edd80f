using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Identity.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("people");
        person.HasKey(p => p.Id);
        person.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength);
        person.Property(p => p.DisplayName).HasMaxLength(Person.DisplayNameMaxLength);
        person.Property(p => p.Locale).HasMaxLength(2);
        // Two first sign-ins of one address at once create one person; the second finds it.
        person.HasIndex(p => p.Email).IsUnique().HasDatabaseName("ux_people_email");
    }
}
