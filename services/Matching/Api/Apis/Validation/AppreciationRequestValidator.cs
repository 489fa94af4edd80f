using FluentValidation;
using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Apis.Validation;

public sealed class AppreciationRequestValidator : AbstractValidator<AppreciationRequest>
{
    public AppreciationRequestValidator()
    {
        RuleFor(a => a.MenteeId).NotEmpty();
        RuleFor(a => a.MentorId).NotEmpty();
        RuleFor(a => a.Kind).NotEmpty()
            .Must(kind => AppreciationKind.All.Contains(kind))
            .WithMessage($"kind must be one of: {string.Join(", ", AppreciationKind.All)}.");
        RuleFor(a => a.Value).NotNull().GreaterThan(0).LessThanOrEqualTo(Appreciation.MaxPoints)
            .When(a => a.Kind is AppreciationKind.Bonus or AppreciationKind.Malus)
            .WithMessage($"A bonus or malus needs a value in points, above 0 and at most {Appreciation.MaxPoints}.");
        RuleFor(a => a.Value).Must(v => v is null or 0)
            .When(a => a.Kind is AppreciationKind.Pin or AppreciationKind.Forbid)
            .WithMessage("A pin or forbid takes no value.");
        RuleFor(a => a.Reason).NotEmpty().MinimumLength(3).MaximumLength(AppreciationRecord.ReasonMaxLength)
            .WithMessage($"reason is required (3 to {AppreciationRecord.ReasonMaxLength} characters): appreciations are audited.");
    }
}
