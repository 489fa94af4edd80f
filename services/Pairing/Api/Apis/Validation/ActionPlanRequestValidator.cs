using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class ActionPlanRequestValidator : AbstractValidator<ActionPlanRequest>
{
    public ActionPlanRequestValidator()
    {
        RuleFor(r => r.Goals).NotNull().WithText(PairingTexts.All, "validation.goals.required");
        RuleFor(r => r.Goals).Must(goals => goals!.Count <= Pair.MaxGoals)
            .When(r => r.Goals is not null)
            .WithText(PairingTexts.All, "validation.goals.max", Pair.MaxGoals);
        RuleFor(r => r.Goals).Must(goals => goals!.Where(g => g?.Id is not null).GroupBy(g => g.Id).All(ids => ids.Count() == 1))
            .When(r => r.Goals is not null)
            .WithText(PairingTexts.All, "validation.goals.idOnce");
        RuleForEach(r => r.Goals).NotNull().ChildRules(goal =>
        {
            goal.RuleFor(g => g.Id).NotEqual(Guid.Empty);
            goal.RuleFor(g => g.Title).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(200);
            goal.RuleFor(g => g.Description).MaximumLength(2000);
            goal.RuleFor(g => g.Status).Cascade(CascadeMode.Stop).NotEmpty()
                .Must(status => Kebab.Parse<GoalStatus>(status) is not null)
                .WithText(PairingTexts.All, "validation.status.oneOf", string.Join(", ", Kebab.Names<GoalStatus>()));
        });
    }
}
