using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class EscalationPolicyRequestValidator : AbstractValidator<EscalationPolicyRequest>
{
    /// <summary>A month: longer is no escalation at all.</summary>
    public const int MaxHours = 720;

    public EscalationPolicyRequestValidator()
    {
        RuleFor(r => r.Lab)
            .Must(lab => lab is null || lab.Trim().Length is > 0 and <= EscalationPolicy.MaxLabLength)
            .WithMessage($"lab, when given, must be between 1 and {EscalationPolicy.MaxLabLength} characters.");
        RuleFor(r => r.FirstResponseHours).NotNull().InclusiveBetween(1, MaxHours)
            .WithMessage($"firstResponseHours must be between 1 and {MaxHours}.");
        RuleFor(r => r.Tiers).NotNull().Must(t => t is { Count: >= 1 and <= EscalationPolicy.MaxTiers })
            .WithMessage($"tiers must list between 1 and {EscalationPolicy.MaxTiers} tiers of contacts.");
        RuleForEach(r => r.Tiers).ChildRules(tier =>
        {
            tier.RuleFor(t => t.Contacts)
                .Must(c => c is { Count: >= 1 and <= EscalationPolicy.MaxContactsPerTier } && !c.Contains(Guid.Empty) && c.Distinct().Count() == c.Count)
                .WithMessage($"contacts must name between 1 and {EscalationPolicy.MaxContactsPerTier} distinct people.");
            tier.RuleFor(t => t.AcknowledgeWithinHours).NotNull().InclusiveBetween(1, MaxHours)
                .WithMessage($"acknowledgeWithinHours must be between 1 and {MaxHours}.");
        });
    }
}
