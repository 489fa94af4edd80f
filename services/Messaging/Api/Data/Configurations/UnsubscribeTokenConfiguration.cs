using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class UnsubscribeTokenConfiguration : IEntityTypeConfiguration<UnsubscribeToken>
{
    public void Configure(EntityTypeBuilder<UnsubscribeToken> token)
    {
        token.HasKey(t => t.Token);
        token.Property(t => t.Token).HasMaxLength(64);
        token.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        // One link per person and kind, reused by every mail of that kind.
        token.HasIndex(t => new { t.PersonId, t.Kind }).IsUnique().AreNullsDistinct(false);
    }
}
