using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain.Consents;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>A consent names the notice it was given against and states both choices explicitly.</summary>
public sealed class ConsentInputValidator : AbstractValidator<ConsentInput>
{
    public ConsentInputValidator()
    {
        RuleFor(c => c.NoticeVersion).NotEmpty()
            .Must(version => PrivacyNotice.Versions.Contains(version))
            .WithMessage($"noticeVersion must be the privacy notice the person was shown: {string.Join(", ", PrivacyNotice.Versions)}.");
        RuleFor(c => c.ContactSharing).NotNull().WithMessage("contactSharing must be true or false.");
        RuleFor(c => c.Research).NotNull().WithMessage("research must be true or false.");
    }
}
