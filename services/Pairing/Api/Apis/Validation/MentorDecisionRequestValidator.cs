using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class MentorDecisionRequestValidator : AbstractValidator<MentorDecisionRequest>
{
    public MentorDecisionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Accept).NotNull().WithMessage("accept is required: true to accept the proposal, false to decline it.");
        RuleFor(r => r.Reason).MaximumLength(Pair.DeclineReasonMaxLength);
    }
}
