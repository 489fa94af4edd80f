using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class MenteeDecisionRequestValidator : AbstractValidator<MenteeDecisionRequest>
{
    public MenteeDecisionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Accept).NotNull().WithText(PairingTexts.All, "validation.accept.menteeDecision");
        RuleFor(r => r.Reason).MaximumLength(Pair.DeclineReasonMaxLength);
    }
}
