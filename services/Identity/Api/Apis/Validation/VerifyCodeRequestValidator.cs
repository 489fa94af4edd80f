using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.Identity.SignIn;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Identity.Apis.Validation;

public sealed class VerifyCodeRequestValidator : AbstractValidator<VerifyCodeRequest>
{
    public VerifyCodeRequestValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Person.EmailMaxLength).EmailAddress();
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop).NotEmpty()
            .Matches($"^[0-9]{{{CodeHashes.Digits}}}$").WithText(IdentityTexts.All, "validation.code.digits", CodeHashes.Digits);
    }
}
