using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>The same limits as at creation; a field given must be valid, a field left out is kept.</summary>
public sealed class UpdateProgrammeRequestValidator : AbstractValidator<UpdateProgrammeRequest>
{
    public UpdateProgrammeRequestValidator()
    {
        RuleFor(r => r.Name).Must(name => !string.IsNullOrWhiteSpace(name)).When(r => r.Name is not null)
            .WithText(EnrollmentTexts.All, "validation.name.notBlank");
        RuleFor(r => r.Name).MaximumLength(Programme.NameMaxLength);
        RuleFor(r => r.Cohort).Must(cohort => !string.IsNullOrWhiteSpace(cohort)).When(r => r.Cohort is not null)
            .WithText(EnrollmentTexts.All, "validation.cohort.notBlank");
        RuleFor(r => r.Cohort).MaximumLength(Programme.CohortMaxLength);
        // Blank clears it; the template's list, if any, is checked against the programme's template by the endpoint.
        RuleFor(r => r.Institution).Must(i => i!.Trim().Length <= Programme.InstitutionMaxLength).When(r => r.Institution is not null)
            .WithText(EnrollmentTexts.All, "validation.institution.maxLength", Programme.InstitutionMaxLength);
        RuleFor(r => r.DefaultMentorCapacity).InclusiveBetween(1, 50);
        RuleFor(r => r.MeetingsPerMonth).InclusiveBetween(1, 8);
        RuleFor(r => r.DurationMonths).InclusiveBetween(1, 36);
        RuleFor(r => r.AlertAfterWeeksWithoutMeeting).InclusiveBetween(1, 26);
        RuleFor(r => r.ApplicationWindow!).SetValidator(new ApplicationWindowInputValidator()).When(r => r.ApplicationWindow is not null);
        RuleFor(r => r.Capacity!).SetValidator(new CapacityInputValidator()).When(r => r.Capacity is not null);
        RuleFor(r => r.TargetCohortSize).InclusiveBetween(0, ProgrammeCapacity.Maximum)
            .WithText(EnrollmentTexts.All, "validation.targetCohortSize.range", ProgrammeCapacity.Maximum);
        RuleFor(r => r.RetentionMonths).InclusiveBetween(0, Programme.RetentionMonthsMaximum)
            .WithText(EnrollmentTexts.All, "validation.retentionMonths.rangeOrZero", Programme.RetentionMonthsMaximum);
        RuleFor(r => r).Must(HasAChange).OverridePropertyName("body")
            .WithText(EnrollmentTexts.All, "validation.body.noChange");
    }

    private static bool HasAChange(UpdateProgrammeRequest r) =>
        r.Name is not null || r.Cohort is not null || r.Institution is not null || r.DefaultMentorCapacity is not null
        || r.MeetingsPerMonth is not null || r.DurationMonths is not null || r.AlertAfterWeeksWithoutMeeting is not null
        || r.ApplicationWindow is not null || r.Capacity is not null || r.TargetCohortSize is not null
        || r.RetentionMonths is not null;
}
