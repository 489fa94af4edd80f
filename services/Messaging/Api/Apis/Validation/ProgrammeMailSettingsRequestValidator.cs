using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class ProgrammeMailSettingsRequestValidator : AbstractValidator<ProgrammeMailSettingsRequest>
{
    public ProgrammeMailSettingsRequestValidator()
    {
        RuleFor(r => r.Signature)
            .Must(signature => signature is null || signature.Trim().Length is > 0 and <= ProgrammeMailProfile.MaxSignatureLength)
            .WithText(MessagingTexts.All, "validation.signature.length", ProgrammeMailProfile.MaxSignatureLength);
        RuleFor(r => r.StaffAddress)
            .Must(address => string.IsNullOrEmpty(address) || MailAddresses.IsValid(address))
            .WithText(MessagingTexts.All, "validation.staffAddress.email", MailAddresses.MaxLength);
    }
}
