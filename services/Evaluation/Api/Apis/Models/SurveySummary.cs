using Mentorship.Evaluation.Domain;

namespace Mentorship.Evaluation.Apis.Models;

public sealed record SurveySummary(
    Guid Id,
    Guid ProgrammeId,
    Guid PairId,
    SurveyKind Kind,
    RespondentRole Role,
    SurveyStatus Status,
    string Title,
    DateTimeOffset AssignedAt,
    DateTimeOffset? CompletedAt)
{
    public static SurveySummary From(Survey survey, string language) => new(
        survey.Id, survey.ProgrammeId, survey.PairId, survey.Kind, survey.Role, survey.Status,
        survey.Title.In(language), survey.AssignedAt, survey.CompletedAt);
}
