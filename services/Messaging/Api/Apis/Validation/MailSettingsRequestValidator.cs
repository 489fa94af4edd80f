using FluentValidation;
using FluentValidation.Results;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class MailSettingsRequestValidator : AbstractValidator<MailSettingsRequest>
{
    public MailSettingsRequestValidator()
    {
        RuleFor(r => r.Language)
            .Must(language => language is null || (language.Length == 2 && LanguageCodes.Parse(language) is not null))
            .WithText(MessagingTexts.All, "validation.language.oneOf");
        RuleFor(r => r.Address)
            .Must(address => string.IsNullOrEmpty(address) || MailAddresses.IsValid(address))
            .WithText(MessagingTexts.All, "validation.address.email", MailAddresses.MaxLength);
        RuleFor(r => r.Kinds).Custom((kinds, context) =>
        {
            foreach (var (kind, mode) in kinds ?? [])
            {
                if (MailKinds.ParseKind(kind) is null)
                    context.AddFailure(new ValidationFailure($"kinds.{kind}", MessagingTexts.All.InUiLanguage("validation.kinds.unknown", kind)));
                else if (MailKinds.ParseMode(mode) is null)
                    context.AddFailure(new ValidationFailure($"kinds.{kind}", MessagingTexts.All.InUiLanguage("validation.kinds.mode", MailKinds.AllModes)));
            }
        });
    }
}
