using Mentorship.Evaluation.Apis.Models;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Answers;
using Mentorship.Evaluation.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Apis;

/// <summary>A respondent's own surveys: only the person a survey was sent to sees or answers it.</summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/surveys", ListMySurveys).WithTags("Surveys");

        var survey = app.MapGroup("/api/surveys/{surveyId:guid}").WithTags("Surveys");
        survey.MapGet("", GetSurvey);
        survey.MapPost("/responses", SubmitResponse).WithValidation<SubmitResponseRequest>();
        return app;
    }

    public static async Task<Ok<PagedResult<SurveySummary>>> ListMySurveys(
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        CurrentUser user,
        HttpRequest http,
        EvaluationDbContext db,
        CancellationToken cancellationToken)
    {
        var statusFilter = QueryEnum.Parse<SurveyStatus>(status, "status");
        var query = db.Surveys.AsNoTracking().Where(s => s.RespondentId == user.PersonId);
        if (statusFilter is { } s)
            query = query.Where(survey => survey.Status == s);

        var result = await query.OrderByDescending(survey => survey.AssignedAt).ThenBy(survey => survey.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedResult<SurveySummary>(
            result.Items.Select(survey => SurveySummary.From(survey, TextLanguages.Choose(http))).ToList(), result.Page, result.PageSize, result.Total));
    }

    public static async Task<Results<Ok<SurveyView>, ProblemHttpResult>> GetSurvey(
        Guid surveyId,
        CurrentUser user,
        HttpRequest http,
        EvaluationDbContext db,
        CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Answers).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
            return ApiProblems.NotFound("survey", surveyId);
        if (survey.RespondentId != user.PersonId)
            return ApiProblems.Forbidden(EvaluationTexts.All.InUiLanguage("problem.survey.shown-to-respondent"));
        return TypedResults.Ok(SurveyView.From(survey, TextLanguages.Choose(http)));
    }

    public static async Task<Results<Created<SurveyView>, ValidationProblem, ProblemHttpResult>> SubmitResponse(
        Guid surveyId,
        SubmitResponseRequest request,
        CurrentUser user,
        HttpRequest http,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.Include(s => s.Answers).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
            return ApiProblems.NotFound("survey", surveyId);
        if (survey.RespondentId != user.PersonId)
            return ApiProblems.Forbidden(EvaluationTexts.All.InUiLanguage("problem.survey.answered-by-respondent"));
        if (survey.Status == SurveyStatus.Completed)
            return ApiProblems.Conflict(EvaluationTexts.All.InUiLanguage("problem.survey.answered-once"));

        var sheet = AnswerSheet.Read(survey.Items, request.Answers!, TextLanguages.Choose(http));
        if (!sheet.IsValid)
            return TypedResults.ValidationProblem(sheet.Errors);

        var result = survey.Complete(sheet.Values, clock.GetUtcNow());
        if (result.Refused)
            return result.ToProblem();
        db.AddEvent(EvaluationEvents.Completed(survey), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/surveys/{survey.Id}", SurveyView.From(survey, TextLanguages.Choose(http)));
    }
}
