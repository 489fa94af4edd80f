using System.Text.Json;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Resources;

namespace Mentorship.Enrollment.Apis.Models;

public sealed record ApplicationView(
    Guid Id,
    Guid ProgrammeId,
    Guid PersonId,
    ParticipantRole Role,
    ApplicationStatus Status,
    bool Eligible,
    IReadOnlyList<EligibilityVerdictView> Eligibility,
    IReadOnlyList<PreparationView> Preparation,
    ApplicantPerson Person,
    ApplicantProfile Profile,
    JsonElement Answers,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    string? DecisionReason,
    ConsentView Consent,
    string Language)
{
    /// <summary>The application with its rules' and steps' words in <paramref name="language"/>.</summary>
    public static ApplicationView From(Application application, Programme programme, string language) => new(
        application.Id,
        application.ProgrammeId,
        application.PersonId,
        application.Role,
        application.Status,
        application.Eligible,
        application.Eligibility
            .Select(verdict => EligibilityVerdictView.From(verdict, programme.Template.For(application.Role), application.FactsAsSubmitted(), language))
            .ToList(),
        programme.Template.For(application.Role).Preparation
            .Select(step =>
            {
                var done = application.Preparation.FirstOrDefault(p => p.Step == step.Id);
                return new PreparationView(step.Id, EnrollmentTexts.Step(step.Id, language), done is not null, done?.CompletedAt, done?.RecordedBy);
            })
            .ToList(),
        application.Person,
        application.Profile,
        application.Answers.RootElement,
        application.SubmittedAt,
        application.DecidedAt,
        application.DecidedBy,
        application.DecisionReason,
        ConsentView.From(application.Consent),
        language);
}
