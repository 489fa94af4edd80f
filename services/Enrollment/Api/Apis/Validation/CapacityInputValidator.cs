using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Validation;

public sealed class CapacityInputValidator : AbstractValidator<CapacityInput>
{
    public CapacityInputValidator()
    {
        RuleFor(c => c.Mentees).InclusiveBetween(1, ProgrammeCapacity.Maximum);
        RuleFor(c => c.Mentors).InclusiveBetween(1, ProgrammeCapacity.Maximum);
    }
}
