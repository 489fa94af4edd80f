using System.Text.Json;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Eligibility;

namespace Mentorship.Enrollment.Apis.Models;

public sealed record ApplicationView(
    Guid Id,
    Guid ProgrammeId,
    Guid PersonId,
    ParticipantRole Role,
    ApplicationStatus Status,
    bool Eligible,
    IReadOnlyList<EligibilityVerdict> Eligibility,
    IReadOnlyList<PreparationView> Preparation,
    ApplicantPerson Person,
    ApplicantProfile Profile,
    JsonElement Answers,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    string? DecisionReason)
{
    public static ApplicationView From(Application application, Programme programme) => new(
        application.Id,
        application.ProgrammeId,
        application.PersonId,
        application.Role,
        application.Status,
        application.Eligible,
        application.Eligibility,
        programme.Template.For(application.Role).Preparation
            .Select(step =>
            {
                var done = application.Preparation.FirstOrDefault(p => p.Step == step.Id);
                return new PreparationView(step.Id, step.Description, done is not null, done?.CompletedAt, done?.RecordedBy);
            })
            .ToList(),
        application.Person,
        application.Profile,
        application.Answers.RootElement,
        application.SubmittedAt,
        application.DecidedAt,
        application.DecidedBy,
        application.DecisionReason);
}
