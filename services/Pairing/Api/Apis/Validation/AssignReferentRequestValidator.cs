using FluentValidation;
using Mentorship.Pairing.Apis.Models;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class AssignReferentRequestValidator : AbstractValidator<AssignReferentRequest>
{
    public AssignReferentRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().NotEqual(Guid.Empty).WithMessage("personId must name the referent who supervises the pair.");
    }
}
