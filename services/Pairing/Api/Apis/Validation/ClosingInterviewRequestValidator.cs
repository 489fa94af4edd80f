using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class ClosingInterviewRequestValidator : AbstractValidator<ClosingInterviewRequest>
{
    public ClosingInterviewRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.HeldOn).NotNull()
            .Must(heldOn => heldOn <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithText(PairingTexts.All, "validation.heldOn.interviewPast");
        RuleFor(r => r.Satisfaction).NotNull().InclusiveBetween(ClosingInterview.MinSatisfaction, ClosingInterview.MaxSatisfaction);
        RuleFor(r => r.GoalsReached).NotEmpty()
            .Must(goals => Kebab.Parse<GoalsReached>(goals) is not null)
            .WithText(PairingTexts.All, "validation.goalsReached.oneOf", string.Join(", ", Kebab.Names<GoalsReached>()));
        RuleFor(r => r.WhatWorked).MaximumLength(ClosingInterview.TextMaxLength);
        RuleFor(r => r.WhatToImprove).MaximumLength(ClosingInterview.TextMaxLength);
        RuleFor(r => r.WouldRecommend).NotNull().WithText(PairingTexts.All, "validation.wouldRecommend.required");
    }
}
