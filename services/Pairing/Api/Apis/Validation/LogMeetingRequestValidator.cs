using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class LogMeetingRequestValidator : AbstractValidator<LogMeetingRequest>
{
    public const int MinimumMinutes = 5;
    public const int MaximumMinutes = 600;

    public LogMeetingRequestValidator(TimeProvider clock)
    {
        var dimensions = string.Join(", ", Kebab.Names<MeetingDimension>());
        RuleFor(r => r.Date).Cascade(CascadeMode.Stop).NotNull()
            .Must(date => date <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithText(PairingTexts.All, "validation.date.meetingPast");
        RuleFor(r => r.DurationMinutes).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(MinimumMinutes, MaximumMinutes);
        RuleFor(r => r.Place).MaximumLength(Meeting.PlaceMaxLength);
        RuleFor(r => r.Dimensions).NotEmpty().WithText(PairingTexts.All, "validation.dimensions.required", dimensions);
        RuleForEach(r => r.Dimensions)
            .Must(dimension => Kebab.Parse<MeetingDimension>(dimension) is not null)
            .WithText(PairingTexts.All, "validation.dimensions.oneOf", dimensions);
    }
}
