using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class MenteeDecisionRequestValidator : AbstractValidator<MenteeDecisionRequest>
{
    public MenteeDecisionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Accept).NotNull().WithMessage("accept is required: true to confirm the pair, false to decline it.");
        RuleFor(r => r.Reason).MaximumLength(Pair.DeclineReasonMaxLength);
    }
}
