using System.Text.Json;
using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Apis.Validation;

/// <summary>
/// A singleton, like every validator: rules are built once, not per request (building them cost about
/// a tenth of a submission's CPU). Nothing here may capture a request's or a day's value at construction.
/// </summary>
public sealed class SubmitApplicationRequestValidator : AbstractValidator<SubmitApplicationRequest>
{
    private static readonly ProfileInputValidator MentorProfile = new(ParticipantRole.Mentor);
    private static readonly ProfileInputValidator MenteeProfile = new(ParticipantRole.Mentee);
    private static readonly ProfileInputValidator UnknownRoleProfile = new(null);
    private static readonly ConsentInputValidator Consent = new();

    public SubmitApplicationRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Role).NotNull().WithText(EnrollmentTexts.All, "validation.role.required");
        RuleFor(r => r.PersonId).NotEqual(Guid.Empty);
        RuleFor(r => r.Person).NotNull();
        RuleFor(r => r.Person!).SetValidator(new PersonInputValidator(clock)).When(r => r.Person is not null);
        RuleFor(r => r.Profile).NotNull();
        RuleFor(r => r.Profile!).SetValidator(r => ProfileValidatorFor(r.Role)).When(r => r.Profile is not null);
        RuleFor(r => r.Answers)
            .Must(answers => answers is null || answers.Value.ValueKind == JsonValueKind.Object)
            .WithText(EnrollmentTexts.All, "validation.answers.object");
        RuleFor(r => r.Consent!).SetValidator(Consent).When(r => r.Consent is not null);
    }

    private static ProfileInputValidator ProfileValidatorFor(ParticipantRole? role) => role switch
    {
        ParticipantRole.Mentor => MentorProfile,
        ParticipantRole.Mentee => MenteeProfile,
        _ => UnknownRoleProfile,
    };

    private static bool IsBetween14And100(DateOnly birthDate, DateOnly today) =>
        birthDate >= today.AddYears(-100) && birthDate <= today.AddYears(-14);

    private sealed class PersonInputValidator : AbstractValidator<PersonInput>
    {
        public PersonInputValidator(TimeProvider clock)
        {
            RuleFor(p => p.FirstName).NotEmpty().MaximumLength(100);
            RuleFor(p => p.LastName).NotEmpty().MaximumLength(100);
            RuleFor(p => p.Email).NotEmpty().EmailAddress().MaximumLength(254);
            RuleFor(p => p.Phone).MaximumLength(30);
            RuleFor(p => p.BirthDate)
                .Must(birthDate => birthDate is null || IsBetween14And100(birthDate.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
                .WithText(EnrollmentTexts.All, "validation.birthDate.age");
            RuleFor(p => p.Language).NotEmpty()
                .Must(language => Codes.NotificationLanguages.Contains(language))
                .WithText(EnrollmentTexts.All, "validation.language.oneOf", string.Join(", ", Codes.NotificationLanguages));
        }
    }

    private sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
    {
        public ProfileInputValidator(ParticipantRole? role)
        {
            RuleFor(p => p.Region).Matches(Codes.Region())
                .WithText(EnrollmentTexts.All, "validation.region.code");
            RuleFor(p => p.JobFunction).Matches(Codes.Vocabulary()).MaximumLength(50)
                .WithText(EnrollmentTexts.All, "validation.jobFunction.code");
            RuleFor(p => p.Languages).NotEmpty().WithText(EnrollmentTexts.All, "validation.languages.required");
            RuleForEach(p => p.Languages).Matches(Codes.Language()).WithText(EnrollmentTexts.All, "validation.languages.code");
            VocabularyList(p => p.Sectors, "sectors");
            VocabularyList(p => p.Background, "background");
            VocabularyList(p => p.Expectations, "expectations");
            VocabularyList(p => p.Hobbies, "hobbies");
            RuleFor(p => p.Capacity).InclusiveBetween(1, 50).When(_ => role == ParticipantRole.Mentor);
            RuleFor(p => p.Capacity).Must(c => c is null or 1).When(_ => role == ParticipantRole.Mentee)
                .WithText(EnrollmentTexts.All, "validation.capacity.mentee");
            RuleFor(p => p.GlobalCapacity).InclusiveBetween(1, 50).When(_ => role == ParticipantRole.Mentor);
            RuleFor(p => p.GlobalCapacity).Must((p, global) => global is null || p.Capacity is null || global >= p.Capacity)
                .When(_ => role == ParticipantRole.Mentor)
                .WithText(EnrollmentTexts.All, "validation.globalCapacity.atLeastCapacity");
            RuleFor(p => p.GlobalCapacity).Null().When(_ => role == ParticipantRole.Mentee)
                .WithText(EnrollmentTexts.All, "validation.globalCapacity.mentorsOnly");
            RuleFor(p => p.Conflicts).Must(c => c is null || c.Count <= Codes.MaxListLength)
                .WithText(EnrollmentTexts.All, "validation.conflicts.max", Codes.MaxListLength);
            RuleForEach(p => p.Conflicts).ChildRules(conflict =>
            {
                conflict.RuleFor(c => c.PersonId).NotEmpty();
                conflict.RuleFor(c => c.Relation).NotEmpty()
                    .Must(relation => ConflictDeclaration.Relations.Contains(relation))
                    .WithText(EnrollmentTexts.All, "validation.relation.oneOf", string.Join(", ", ConflictDeclaration.Relations));
            });
        }

        private void VocabularyList(System.Linq.Expressions.Expression<Func<ProfileInput, IEnumerable<string>?>> list, string name)
        {
            RuleFor(list).Must(values => values is null || values.Count() <= Codes.MaxListLength)
                .WithText(EnrollmentTexts.All, "validation.codes.max", name, Codes.MaxListLength);
            RuleForEach<string>(list!).NotEmpty().MaximumLength(50).Matches(Codes.Vocabulary())
                .WithText(EnrollmentTexts.All, "validation.codes.code", name);
        }
    }
}
