using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Models;

public sealed record EscalationPolicyView(Guid ProgrammeId, string? Lab, int FirstResponseHours, IReadOnlyList<EscalationTierInput> Tiers, Guid UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static EscalationPolicyView From(EscalationPolicy policy) => new(
        policy.ProgrammeId,
        policy.Lab.Length == 0 ? null : policy.Lab,
        (int)policy.FirstResponseWithin.TotalHours,
        policy.Tiers.Select(t => new EscalationTierInput(t.Contacts, (int)t.AcknowledgeWithin.TotalHours)).ToList(),
        policy.UpdatedBy,
        policy.UpdatedAt);
}
