using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class FirstMeetingRequestValidator : AbstractValidator<FirstMeetingRequest>
{
    public FirstMeetingRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.HeldOn).NotNull()
            .Must(heldOn => heldOn <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithText(PairingTexts.All, "validation.heldOn.firstMeetingPast");
        RuleFor(r => r.Fit).NotNull().WithText(PairingTexts.All, "validation.fit.required");
        RuleFor(r => r.Notes).MaximumLength(4000);
    }
}
