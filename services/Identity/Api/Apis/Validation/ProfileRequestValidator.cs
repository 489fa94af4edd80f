using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Identity.Apis.Validation;

public sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public ProfileRequestValidator()
    {
        RuleFor(r => r.DisplayName).Must(DisplayNames.IsValid)
            .WithText(IdentityTexts.All, "validation.displayName.valid", DisplayNames.MaxLength);
        RuleFor(r => r.PreferredLanguage).Must(language => language is not null && Locales.All.Contains(language))
            .WithText(IdentityTexts.All, "validation.preferredLanguage.oneOf", string.Join(", ", Locales.All));
    }
}
