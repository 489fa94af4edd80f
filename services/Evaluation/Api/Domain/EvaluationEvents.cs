using Mentorship.Evaluation.Contracts;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Evaluation.Domain;

/// <summary>The events Evaluation publishes, built from its state: identifiers only, never answers.</summary>
public static class EvaluationEvents
{
    public static SurveyAssigned Assigned(Survey survey) => new(
        survey.Id, survey.ProgrammeId, survey.PairId, survey.RespondentId, QueryEnum.Name(survey.Kind), survey.AssignedAt);

    public static SurveyCompleted Completed(Survey survey) => new(
        survey.Id, survey.ProgrammeId, survey.PairId, survey.RespondentId, survey.CompletedAt!.Value);
}
