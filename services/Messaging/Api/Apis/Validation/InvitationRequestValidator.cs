using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class InvitationRequestValidator : AbstractValidator<InvitationRequest>
{
    public InvitationRequestValidator()
    {
        RuleFor(r => r.PersonId).NotNull().NotEqual(Guid.Empty).WithText(MessagingTexts.All, "validation.personId.referent");
    }
}
