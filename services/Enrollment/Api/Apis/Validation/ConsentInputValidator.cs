using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain.Consents;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>A consent names the notice it was given against and states both choices explicitly.</summary>
public sealed class ConsentInputValidator : AbstractValidator<ConsentInput>
{
    public ConsentInputValidator()
    {
        RuleFor(c => c.NoticeVersion).NotEmpty()
            .Must(version => PrivacyNotice.Versions.Contains(version))
            .WithText(EnrollmentTexts.All, "validation.noticeVersion.shown", string.Join(", ", PrivacyNotice.Versions));
        RuleFor(c => c.ContactSharing).NotNull().WithText(EnrollmentTexts.All, "validation.contactSharing.required");
        RuleFor(c => c.Research).NotNull().WithText(EnrollmentTexts.All, "validation.research.required");
    }
}
