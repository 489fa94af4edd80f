using Mentorship.Evaluation.Apis.Models;
using Mentorship.Evaluation.Domain.Templates;
using Mentorship.Evaluation.Resources;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Evaluation.Apis;

public static class SurveyTemplatesApi
{
    public static IEndpointRouteBuilder MapSurveyTemplatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/survey-templates", ListTemplates).WithTags("Surveys");
        return app;
    }

    /// <summary>The closure survey of each programme template (and the default one), with every question, for staff and researchers.</summary>
    public static Results<Ok<List<SurveyTemplateView>>, ProblemHttpResult> ListTemplates(CurrentUser user, HttpRequest http) =>
        user.IsOps || user.Roles.Overlaps(PlatformRoles.Staff)
            ? TypedResults.Ok(SurveyTemplates.All.Select(template => SurveyTemplateView.From(template, TextLanguages.Choose(http))).ToList())
            : ApiProblems.Forbidden(EvaluationTexts.All.InUiLanguage("problem.survey-templates.staff-only"));
}
