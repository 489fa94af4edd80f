using FluentValidation;
using Mentorship.Enrollment.Apis.Models;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>A window ends on or after the day it opens; dates far from any cohort are typing errors.</summary>
public sealed class ApplicationWindowInputValidator : AbstractValidator<ApplicationWindowInput>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public ApplicationWindowInputValidator()
    {
        RuleFor(w => w.OpensOn).InclusiveBetween(Earliest, Latest).When(w => w.OpensOn is not null)
            .WithMessage("opensOn must be a date between 2000-01-01 and 2100-12-31.");
        RuleFor(w => w.ClosesOn).InclusiveBetween(Earliest, Latest).When(w => w.ClosesOn is not null)
            .WithMessage("closesOn must be a date between 2000-01-01 and 2100-12-31.");
        RuleFor(w => w.ClosesOn).Must((w, closesOn) => w.OpensOn is null || closesOn is null || closesOn >= w.OpensOn)
            .WithMessage(w => $"closesOn must be on or after opensOn ({w.OpensOn:yyyy-MM-dd}): both days are included.");
    }
}
