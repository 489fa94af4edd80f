using FluentValidation;
using Mentorship.Messaging.Apis.Models;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class InvitationRequestValidator : AbstractValidator<InvitationRequest>
{
    public InvitationRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().NotEqual(Guid.Empty).WithMessage("personId must name the referent to invite.");
    }
}
