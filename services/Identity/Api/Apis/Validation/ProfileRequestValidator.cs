using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;

namespace Mentorship.Identity.Apis.Validation;

public sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public ProfileRequestValidator()
    {
        RuleFor(r => r.DisplayName).Must(DisplayNames.IsValid)
            .WithMessage($"displayName must be 1 to {DisplayNames.MaxLength} characters once trimmed, without control characters.");
        RuleFor(r => r.PreferredLanguage).Must(language => language is not null && Locales.All.Contains(language))
            .WithMessage($"preferredLanguage must be one of: {string.Join(", ", Locales.All)}.");
    }
}
