using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;

namespace Mentorship.Identity.Apis.Validation;

public sealed class GrantStaffRequestValidator : AbstractValidator<GrantStaffRequest>
{
    public GrantStaffRequestValidator()
    {
        RuleFor(r => r.PersonId).NotEmpty();
        RuleFor(r => r.Role).Cascade(CascadeMode.Stop).NotEmpty().Must(role => StaffRoles.All.Contains(role!))
            .WithMessage($"role must be one of: {string.Join(", ", StaffRoles.All)}.");
    }
}
