using FluentValidation;
using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Matching.Apis.Validation;

public sealed class AppreciationRequestValidator : AbstractValidator<AppreciationRequest>
{
    public AppreciationRequestValidator()
    {
        RuleFor(a => a.MenteeId).NotEmpty();
        RuleFor(a => a.MentorId).NotEmpty();
        RuleFor(a => a.Kind).NotEmpty()
            .Must(kind => AppreciationKind.All.Contains(kind))
            .WithText(MatchingTexts.All, "validation.kind.oneOf", string.Join(", ", AppreciationKind.All));
        RuleFor(a => a.Value).NotNull().GreaterThan(0).LessThanOrEqualTo(Appreciation.MaxPoints)
            .When(a => a.Kind is AppreciationKind.Bonus or AppreciationKind.Malus)
            .WithText(MatchingTexts.All, "validation.value.points", Appreciation.MaxPoints);
        RuleFor(a => a.Value).Must(v => v is null or 0)
            .When(a => a.Kind is AppreciationKind.Pin or AppreciationKind.Forbid)
            .WithText(MatchingTexts.All, "validation.value.none");
        RuleFor(a => a.Reason).NotEmpty().MinimumLength(3).MaximumLength(AppreciationRecord.ReasonMaxLength)
            .WithText(MatchingTexts.All, "validation.reason.length", AppreciationRecord.ReasonMaxLength);
    }
}
