using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Evaluation's routes for a respondent: their surveys, one survey's questions, and their answers.</summary>
public sealed class SurveysClient(GatewayClient gateway)
{
    public Task<ApiResult<PagedList<SurveySummary>>> MySurveysAsync(int page, int pageSize) =>
        gateway.GetAsync<PagedList<SurveySummary>>($"/api/me/surveys?page={page}&pageSize={pageSize}");

    public Task<ApiResult<Survey>> SurveyAsync(Guid surveyId) =>
        gateway.GetAsync<Survey>($"/api/surveys/{surveyId}");

    /// <summary>Answers keyed by question id: a number, true or false, a list of option ids, or a text.</summary>
    public Task<ApiResult<Survey>> AnswerAsync(Guid surveyId, IReadOnlyDictionary<string, object> answers) =>
        gateway.PostAsync<Survey>($"/api/surveys/{surveyId}/responses", new { answers });
}
