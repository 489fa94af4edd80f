using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class ClosingInterviewRequestValidator : AbstractValidator<ClosingInterviewRequest>
{
    public ClosingInterviewRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.HeldOn).NotNull()
            .Must(heldOn => heldOn <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithMessage("heldOn cannot be in the future: record the interview once it has taken place.");
        RuleFor(r => r.Satisfaction).NotNull().InclusiveBetween(ClosingInterview.MinSatisfaction, ClosingInterview.MaxSatisfaction);
        RuleFor(r => r.GoalsReached).NotEmpty()
            .Must(goals => Kebab.Parse<GoalsReached>(goals) is not null)
            .WithMessage($"goalsReached must be one of: {string.Join(", ", Kebab.Names<GoalsReached>())}.");
        RuleFor(r => r.WhatWorked).MaximumLength(ClosingInterview.TextMaxLength);
        RuleFor(r => r.WhatToImprove).MaximumLength(ClosingInterview.TextMaxLength);
        RuleFor(r => r.WouldRecommend).NotNull().WithMessage("wouldRecommend is required: true or false.");
    }
}
