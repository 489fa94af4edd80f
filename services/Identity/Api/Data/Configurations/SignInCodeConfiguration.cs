using Mentorship.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Identity.Data.Configurations;

public sealed class SignInCodeConfiguration : IEntityTypeConfiguration<SignInCode>
{
    public void Configure(EntityTypeBuilder<SignInCode> code)
    {
        code.HasKey(c => c.Id);
        code.Property(c => c.Email).HasMaxLength(Person.EmailMaxLength);
        code.Property(c => c.CodeHash).HasMaxLength(32);
        code.Property(c => c.Locale).HasMaxLength(2);
        // The latest code of an address (verification), and the codes of the last minutes (rate limit).
        code.HasIndex(c => new { c.Email, c.CreatedAt });
    }
}
