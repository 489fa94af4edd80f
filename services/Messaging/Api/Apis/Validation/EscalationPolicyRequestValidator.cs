using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class EscalationPolicyRequestValidator : AbstractValidator<EscalationPolicyRequest>
{
    /// <summary>A month: longer is no escalation at all.</summary>
    public const int MaxHours = 720;

    public EscalationPolicyRequestValidator()
    {
        RuleFor(r => r.Lab)
            .Must(lab => lab is null || lab.Trim().Length is > 0 and <= EscalationPolicy.MaxLabLength)
            .WithText(MessagingTexts.All, "validation.lab.length", EscalationPolicy.MaxLabLength);
        RuleFor(r => r.FirstResponseHours).NotNull().InclusiveBetween(1, MaxHours)
            .WithText(MessagingTexts.All, "validation.firstResponseHours.range", MaxHours);
        RuleFor(r => r.Tiers).NotNull().Must(t => t is { Count: >= 1 and <= EscalationPolicy.MaxTiers })
            .WithText(MessagingTexts.All, "validation.tiers.count", EscalationPolicy.MaxTiers);
        RuleForEach(r => r.Tiers).ChildRules(tier =>
        {
            tier.RuleFor(t => t.Contacts)
                .Must(c => c is { Count: >= 1 and <= EscalationPolicy.MaxContactsPerTier } && !c.Contains(Guid.Empty) && c.Distinct().Count() == c.Count)
                .WithText(MessagingTexts.All, "validation.contacts.distinct", EscalationPolicy.MaxContactsPerTier);
            tier.RuleFor(t => t.AcknowledgeWithinHours).NotNull().InclusiveBetween(1, MaxHours)
                .WithText(MessagingTexts.All, "validation.acknowledgeWithinHours.range", MaxHours);
        });
    }
}
