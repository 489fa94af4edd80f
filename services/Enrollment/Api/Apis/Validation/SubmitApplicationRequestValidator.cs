using System.Text.Json;
using FluentValidation;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;

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
        RuleFor(r => r.Role).NotNull().WithMessage("role is required: mentee or mentor.");
        RuleFor(r => r.PersonId).NotEqual(Guid.Empty);
        RuleFor(r => r.Person).NotNull();
        RuleFor(r => r.Person!).SetValidator(new PersonInputValidator(clock)).When(r => r.Person is not null);
        RuleFor(r => r.Profile).NotNull();
        RuleFor(r => r.Profile!).SetValidator(r => ProfileValidatorFor(r.Role)).When(r => r.Profile is not null);
        RuleFor(r => r.Answers)
            .Must(answers => answers is null || answers.Value.ValueKind == JsonValueKind.Object)
            .WithMessage("answers must be a JSON object such as { \"workPermit\": true }.");
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
                .WithMessage("birthDate must make the person between 14 and 100 years old.");
            RuleFor(p => p.Language).NotEmpty()
                .Must(language => Codes.NotificationLanguages.Contains(language))
                .WithMessage($"language must be one of: {string.Join(", ", Codes.NotificationLanguages)}.");
        }
    }

    private sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
    {
        public ProfileInputValidator(ParticipantRole? role)
        {
            RuleFor(p => p.Region).Matches(Codes.Region())
                .WithMessage("region must be an ISO 3166-2 code such as BE-BRU or BE-WLG.");
            RuleFor(p => p.JobFunction).Matches(Codes.Vocabulary()).MaximumLength(50)
                .WithMessage("jobFunction must be a kebab-case code such as software-engineering.");
            RuleFor(p => p.Languages).NotEmpty().WithMessage("languages must list at least one ISO 639-1 code (a shared language is required to match).");
            RuleForEach(p => p.Languages).Matches(Codes.Language()).WithMessage("Each language must be an ISO 639-1 code such as fr.");
            VocabularyList(p => p.Sectors, "sectors");
            VocabularyList(p => p.Background, "background");
            VocabularyList(p => p.Expectations, "expectations");
            VocabularyList(p => p.Hobbies, "hobbies");
            RuleFor(p => p.Capacity).InclusiveBetween(1, 50).When(_ => role == ParticipantRole.Mentor);
            RuleFor(p => p.Capacity).Must(c => c is null or 1).When(_ => role == ParticipantRole.Mentee)
                .WithMessage("A mentee has one mentor: leave capacity out or set it to 1.");
            RuleFor(p => p.GlobalCapacity).InclusiveBetween(1, 50).When(_ => role == ParticipantRole.Mentor);
            RuleFor(p => p.GlobalCapacity).Must((p, global) => global is null || p.Capacity is null || global >= p.Capacity)
                .When(_ => role == ParticipantRole.Mentor)
                .WithMessage("globalCapacity counts this programme too: it must be at least capacity.");
            RuleFor(p => p.GlobalCapacity).Null().When(_ => role == ParticipantRole.Mentee)
                .WithMessage("globalCapacity is for mentors: leave it out for a mentee.");
            RuleFor(p => p.Conflicts).Must(c => c is null || c.Count <= Codes.MaxListLength)
                .WithMessage($"At most {Codes.MaxListLength} conflicts of interest.");
            RuleForEach(p => p.Conflicts).ChildRules(conflict =>
            {
                conflict.RuleFor(c => c.PersonId).NotEmpty();
                conflict.RuleFor(c => c.Relation).NotEmpty()
                    .Must(relation => ConflictDeclaration.Relations.Contains(relation))
                    .WithMessage($"relation must be one of: {string.Join(", ", ConflictDeclaration.Relations)}.");
            });
        }

        private void VocabularyList(System.Linq.Expressions.Expression<Func<ProfileInput, IEnumerable<string>?>> list, string name)
        {
            RuleFor(list).Must(values => values is null || values.Count() <= Codes.MaxListLength)
                .WithMessage($"{name} may list at most {Codes.MaxListLength} codes.");
            RuleForEach<string>(list!).NotEmpty().MaximumLength(50).Matches(Codes.Vocabulary())
                .WithMessage($"Each of {name} must be a kebab-case code such as job-search.");
        }
    }
}
