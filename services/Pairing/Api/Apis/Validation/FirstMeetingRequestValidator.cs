using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class FirstMeetingRequestValidator : AbstractValidator<FirstMeetingRequest>
{
    public FirstMeetingRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.HeldOn).NotNull()
            .Must(heldOn => heldOn <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithMessage("heldOn cannot be in the future: record the first meeting once it has taken place.");
        RuleFor(r => r.Fit).NotNull().WithMessage("fit is required: true when both want to go on, false to send the mentee back to matching.");
        RuleFor(r => r.Notes).MaximumLength(4000);
    }
}
