using FluentValidation;
using FluentValidation.Results;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class MailSettingsRequestValidator : AbstractValidator<MailSettingsRequest>
{
    public MailSettingsRequestValidator()
    {
        RuleFor(r => r.Language)
            .Must(language => language is null || (language.Length == 2 && LanguageCodes.Parse(language) is not null))
            .WithMessage("language must be one of: fr, nl, en.");
        RuleFor(r => r.Address)
            .Must(address => string.IsNullOrEmpty(address) || MailAddresses.IsValid(address))
            .WithMessage($"address must be an e-mail address such as name@example.org, at most {MailAddresses.MaxLength} characters.");
        RuleFor(r => r.Kinds).Custom((kinds, context) =>
        {
            foreach (var (kind, mode) in kinds ?? [])
            {
                if (MailKinds.ParseKind(kind) is null)
                    context.AddFailure(new ValidationFailure($"kinds.{kind}", $"'{kind}' is not a notification kind."));
                else if (MailKinds.ParseMode(mode) is null)
                    context.AddFailure(new ValidationFailure($"kinds.{kind}", $"The mode must be one of: {MailKinds.AllModes}."));
            }
        });
    }
}
