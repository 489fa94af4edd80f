using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>The same limits as at creation; a field given must be valid, a field left out is kept.</summary>
public sealed class UpdateProgrammeRequestValidator : AbstractValidator<UpdateProgrammeRequest>
{
    public UpdateProgrammeRequestValidator()
    {
        RuleFor(r => r.Name).Must(name => !string.IsNullOrWhiteSpace(name)).When(r => r.Name is not null)
            .WithMessage("name cannot be blank: leave it out to keep the current name.");
        RuleFor(r => r.Name).MaximumLength(Programme.NameMaxLength);
        RuleFor(r => r.Cohort).Must(cohort => !string.IsNullOrWhiteSpace(cohort)).When(r => r.Cohort is not null)
            .WithMessage("cohort cannot be blank: leave it out to keep the current cohort.");
        RuleFor(r => r.Cohort).MaximumLength(Programme.CohortMaxLength);
        // Blank clears it; the template's list, if any, is checked against the programme's template by the endpoint.
        RuleFor(r => r.Institution).Must(i => i!.Trim().Length <= Programme.InstitutionMaxLength).When(r => r.Institution is not null)
            .WithMessage($"institution must be {Programme.InstitutionMaxLength} characters or fewer.");
        RuleFor(r => r.DefaultMentorCapacity).InclusiveBetween(1, 50);
        RuleFor(r => r.MeetingsPerMonth).InclusiveBetween(1, 8);
        RuleFor(r => r.DurationMonths).InclusiveBetween(1, 36);
        RuleFor(r => r.AlertAfterWeeksWithoutMeeting).InclusiveBetween(1, 26);
        RuleFor(r => r.ApplicationWindow!).SetValidator(new ApplicationWindowInputValidator()).When(r => r.ApplicationWindow is not null);
        RuleFor(r => r.Capacity!).SetValidator(new CapacityInputValidator()).When(r => r.Capacity is not null);
        RuleFor(r => r.TargetCohortSize).InclusiveBetween(0, ProgrammeCapacity.Maximum)
            .WithMessage($"targetCohortSize must be between 1 and {ProgrammeCapacity.Maximum}, or 0 to remove the target.");
        RuleFor(r => r.RetentionMonths).InclusiveBetween(0, Programme.RetentionMonthsMaximum)
            .WithMessage($"retentionMonths must be between 1 and {Programme.RetentionMonthsMaximum}: the months after a person's participation ended before they are erased, or 0 to remove the rule.");
        RuleFor(r => r).Must(HasAChange).OverridePropertyName("body")
            .WithMessage("Give at least one setting to change: name, cohort, institution, defaultMentorCapacity, meetingsPerMonth, durationMonths, alertAfterWeeksWithoutMeeting, applicationWindow, capacity, targetCohortSize or retentionMonths.");
    }

    private static bool HasAChange(UpdateProgrammeRequest r) =>
        r.Name is not null || r.Cohort is not null || r.Institution is not null || r.DefaultMentorCapacity is not null
        || r.MeetingsPerMonth is not null || r.DurationMonths is not null || r.AlertAfterWeeksWithoutMeeting is not null
        || r.ApplicationWindow is not null || r.Capacity is not null || r.TargetCohortSize is not null
        || r.RetentionMonths is not null;
}
