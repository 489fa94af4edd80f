using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class ActionPlanRequestValidator : AbstractValidator<ActionPlanRequest>
{
    public ActionPlanRequestValidator()
    {
        RuleFor(r => r.Goals).NotNull().WithMessage("goals is required; an empty list clears the action plan.");
        RuleFor(r => r.Goals).Must(goals => goals!.Count <= Pair.MaxGoals)
            .When(r => r.Goals is not null)
            .WithMessage($"An action plan has at most {Pair.MaxGoals} goals.");
        RuleFor(r => r.Goals).Must(goals => goals!.Where(g => g?.Id is not null).GroupBy(g => g.Id).All(ids => ids.Count() == 1))
            .When(r => r.Goals is not null)
            .WithMessage("Each goal id appears once.");
        RuleForEach(r => r.Goals).NotNull().ChildRules(goal =>
        {
            goal.RuleFor(g => g.Id).NotEqual(Guid.Empty);
            goal.RuleFor(g => g.Title).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(200);
            goal.RuleFor(g => g.Description).MaximumLength(2000);
            goal.RuleFor(g => g.Status).Cascade(CascadeMode.Stop).NotEmpty()
                .Must(status => Kebab.Parse<GoalStatus>(status) is not null)
                .WithMessage($"status must be one of: {string.Join(", ", Kebab.Names<GoalStatus>())}.");
        });
    }
}
