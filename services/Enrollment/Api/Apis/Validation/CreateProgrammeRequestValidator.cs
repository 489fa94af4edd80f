using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Templates;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Apis.Validation;

public sealed class CreateProgrammeRequestValidator : AbstractValidator<CreateProgrammeRequest>
{
    public CreateProgrammeRequestValidator()
    {
        var templateIds = string.Join(", ", ProgrammeTemplates.All.Select(t => t.Id));
        // Stop at a missing id: the lookup never sees null, and the client reads one message, not two.
        RuleFor(r => r.TemplateId).Cascade(CascadeMode.Stop).NotEmpty().WithText(EnrollmentTexts.All, "validation.templateId.required", templateIds)
            .Must(id => ProgrammeTemplates.Find(id!) is not null).WithText(EnrollmentTexts.All, "validation.templateId.oneOf", templateIds);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Programme.NameMaxLength);
        RuleFor(r => r.Cohort).NotEmpty().MaximumLength(Programme.CohortMaxLength);
        RuleFor(r => r.DefaultMentorCapacity).InclusiveBetween(1, 50);
        RuleFor(r => r.MeetingsPerMonth).InclusiveBetween(1, 8);
        RuleFor(r => r.DurationMonths).InclusiveBetween(1, 36);
        RuleFor(r => r.AlertAfterWeeksWithoutMeeting).InclusiveBetween(1, 26);
        RuleFor(r => r.Institution).Must(i => i!.Trim().Length <= Programme.InstitutionMaxLength).When(r => r.Institution is not null)
            .WithText(EnrollmentTexts.All, "validation.institution.maxLength", Programme.InstitutionMaxLength);
        // A T'M programme is run by one of the template's universities: the roll-up report groups by it.
        RuleFor(r => r.Institution)
            .Must((r, institution) => ProgrammeTemplates.Find(r.TemplateId!)!.Institution(institution!) is not null)
            .When(r => !string.IsNullOrWhiteSpace(r.Institution) && r.TemplateId is not null && ProgrammeTemplates.Find(r.TemplateId) is not null)
            .WithText((r, language) => ProgrammeTemplates.Find(r.TemplateId!)!.InstitutionRule(language));
        RuleFor(r => r.Weights!).SetValidator(new WeightsInputValidator()).When(r => r.Weights is not null);
        RuleFor(r => r.ApplicationWindow!).SetValidator(new ApplicationWindowInputValidator()).When(r => r.ApplicationWindow is not null);
        RuleFor(r => r.Capacity!).SetValidator(new CapacityInputValidator()).When(r => r.Capacity is not null);
        RuleFor(r => r.TargetCohortSize).InclusiveBetween(1, ProgrammeCapacity.Maximum);
        RuleFor(r => r.RetentionMonths).InclusiveBetween(1, Programme.RetentionMonthsMaximum)
            .WithText(EnrollmentTexts.All, "validation.retentionMonths.range", Programme.RetentionMonthsMaximum);
    }

    private sealed class WeightsInputValidator : AbstractValidator<WeightsInput>
    {
        public WeightsInputValidator()
        {
            RuleFor(w => w.Geography).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.Sector).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.JobFunction).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.Background).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.Age).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.Language).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.Expectations).InclusiveBetween(0, MatchingWeights.Maximum);
            RuleFor(w => w.Hobbies).InclusiveBetween(0, MatchingWeights.Maximum);
        }
    }
}
