using System.Globalization;
using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>A window ends on or after the day it opens; dates far from any cohort are typing errors.</summary>
public sealed class ApplicationWindowInputValidator : AbstractValidator<ApplicationWindowInput>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public ApplicationWindowInputValidator()
    {
        RuleFor(w => w.OpensOn).InclusiveBetween(Earliest, Latest).When(w => w.OpensOn is not null)
            .WithText(EnrollmentTexts.All, "validation.opensOn.range");
        RuleFor(w => w.ClosesOn).InclusiveBetween(Earliest, Latest).When(w => w.ClosesOn is not null)
            .WithText(EnrollmentTexts.All, "validation.closesOn.range");
        RuleFor(w => w.ClosesOn).Must((w, closesOn) => w.OpensOn is null || closesOn is null || closesOn >= w.OpensOn)
            .WithText(EnrollmentTexts.All, "validation.closesOn.afterOpensOn", w => [w.OpensOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }
}
