using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class AssignReferentRequestValidator : AbstractValidator<AssignReferentRequest>
{
    public AssignReferentRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().NotEqual(Guid.Empty).WithText(PairingTexts.All, "validation.personId.referent");
    }
}
