using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

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
            .WithMessage("date cannot be in the future: log a meeting once it has taken place.");
        RuleFor(r => r.DurationMinutes).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(MinimumMinutes, MaximumMinutes);
        RuleFor(r => r.Place).MaximumLength(Meeting.PlaceMaxLength);
        RuleFor(r => r.Dimensions).NotEmpty().WithMessage($"dimensions must name at least one of: {dimensions}.");
        RuleForEach(r => r.Dimensions)
            .Must(dimension => Kebab.Parse<MeetingDimension>(dimension) is not null)
            .WithMessage($"Each dimension must be one of: {dimensions}.");
    }
}
