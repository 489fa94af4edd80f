using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Mail;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class ProgrammeMailSettingsRequestValidator : AbstractValidator<ProgrammeMailSettingsRequest>
{
    public ProgrammeMailSettingsRequestValidator()
    {
        RuleFor(r => r.Signature)
            .Must(signature => signature is null || signature.Trim().Length is > 0 and <= ProgrammeMailProfile.MaxSignatureLength)
            .WithMessage($"signature, when given, must be between 1 and {ProgrammeMailProfile.MaxSignatureLength} characters.");
        RuleFor(r => r.StaffAddress)
            .Must(address => string.IsNullOrEmpty(address) || MailAddresses.IsValid(address))
            .WithMessage($"staffAddress must be an e-mail address such as team@example.org, at most {MailAddresses.MaxLength} characters.");
    }
}
