using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;

namespace Mentorship.Identity.Apis.Validation;

public sealed class SignInCodeRequestValidator : AbstractValidator<SignInCodeRequest>
{
    public SignInCodeRequestValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Person.EmailMaxLength).EmailAddress();
        RuleFor(r => r.Locale).Must(locale => Locales.All.Contains(locale!))
            .When(r => r.Locale is not null)
            .WithMessage($"locale must be one of: {string.Join(", ", Locales.All)}.");
    }
}
