using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class RaiseConcernRequestValidator : AbstractValidator<RaiseConcernRequest>
{
    public RaiseConcernRequestValidator()
    {
        RuleFor(r => r.ProgrammeId).NotNull().NotEqual(Guid.Empty).WithMessage("programmeId must name the programme the concern is about.");
        RuleFor(r => r.PairId).NotEqual(Guid.Empty).WithMessage("pairId, when given, must be a pair id.");
        RuleFor(r => r.Text)
            .Must(text => text?.Trim().Length is >= Concern.MinTextLength and <= Concern.MaxTextLength)
            .WithMessage($"text must be between {Concern.MinTextLength} and {Concern.MaxTextLength} characters.");
        RuleFor(r => r.Lab)
            .Must(lab => lab is null || lab.Trim().Length is > 0 and <= EscalationPolicy.MaxLabLength)
            .WithMessage($"lab, when given, must be between 1 and {EscalationPolicy.MaxLabLength} characters.");
    }
}
