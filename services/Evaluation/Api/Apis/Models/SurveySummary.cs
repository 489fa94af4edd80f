using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Apis.Models;

public sealed record SurveySummary(
    Guid Id,
    Guid ProgrammeId,
    Guid PairId,
    SurveyKind Kind,
    RespondentRole Role,
    SurveyStatus Status,
    LocalizedText Title,
    DateTimeOffset AssignedAt,
    DateTimeOffset? CompletedAt)
{
    public static SurveySummary From(Survey survey) => new(
        survey.Id, survey.ProgrammeId, survey.PairId, survey.Kind, survey.Role, survey.Status,
        survey.Template.Title, survey.AssignedAt, survey.CompletedAt);
}
