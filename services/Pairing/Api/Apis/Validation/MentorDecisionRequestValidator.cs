using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class MentorDecisionRequestValidator : AbstractValidator<MentorDecisionRequest>
{
    public MentorDecisionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Accept).NotNull().WithText(PairingTexts.All, "validation.accept.mentorDecision");
        RuleFor(r => r.Reason).MaximumLength(Pair.DeclineReasonMaxLength);
    }
}
