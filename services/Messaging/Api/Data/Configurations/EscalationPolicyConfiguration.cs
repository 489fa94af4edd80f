using Mentorship.Messaging.Domain.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.Messaging.Data.Configurations;

public sealed class EscalationPolicyConfiguration : IEntityTypeConfiguration<EscalationPolicy>
{
    public void Configure(EntityTypeBuilder<EscalationPolicy> policy)
    {
        policy.ToTable("concern_escalation_policies");
        // One policy per programme and lab ("" for the whole programme).
        policy.HasKey(p => new { p.ProgrammeId, p.Lab });
        policy.Property(p => p.Lab).HasMaxLength(EscalationPolicy.MaxLabLength);
        policy.OwnsMany(p => p.Tiers, tiers => tiers.ToJson("tiers"));
    }
}
