using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Validation;

public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator()
    {
        RuleFor(r => r.Reason).MaximumLength(Application.DecisionReasonMaxLength);
    }
}
