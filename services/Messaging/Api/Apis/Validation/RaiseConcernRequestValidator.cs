using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class RaiseConcernRequestValidator : AbstractValidator<RaiseConcernRequest>
{
    public RaiseConcernRequestValidator()
    {
        RuleFor(r => r.ProgrammeId).NotNull().NotEqual(Guid.Empty).WithText(MessagingTexts.All, "validation.programmeId.concern");
        RuleFor(r => r.PairId).NotEqual(Guid.Empty).WithText(MessagingTexts.All, "validation.pairId.valid");
        RuleFor(r => r.Text)
            .Must(text => text?.Trim().Length is >= Concern.MinTextLength and <= Concern.MaxTextLength)
            .WithText(MessagingTexts.All, "validation.text.length", Concern.MinTextLength, Concern.MaxTextLength);
        RuleFor(r => r.Lab)
            .Must(lab => lab is null || lab.Trim().Length is > 0 and <= EscalationPolicy.MaxLabLength)
            .WithText(MessagingTexts.All, "validation.lab.length", EscalationPolicy.MaxLabLength);
    }
}
