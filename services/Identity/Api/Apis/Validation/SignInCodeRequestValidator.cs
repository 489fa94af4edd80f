using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Identity.Apis.Validation;

public sealed class SignInCodeRequestValidator : AbstractValidator<SignInCodeRequest>
{
    public SignInCodeRequestValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Person.EmailMaxLength).EmailAddress();
        RuleFor(r => r.Locale).Must(locale => Locales.All.Contains(locale!))
            .When(r => r.Locale is not null)
            .WithText(IdentityTexts.All, "validation.locale.oneOf", string.Join(", ", Locales.All));
    }
}
