using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Identity.Apis.Validation;

public sealed class GrantStaffRequestValidator : AbstractValidator<GrantStaffRequest>
{
    public GrantStaffRequestValidator()
    {
        RuleFor(r => r.PersonId).NotEmpty();
        RuleFor(r => r.Role).Cascade(CascadeMode.Stop).NotEmpty().Must(role => StaffRoles.All.Contains(role!))
            .WithText(IdentityTexts.All, "validation.role.oneOf", string.Join(", ", StaffRoles.All));
    }
}
