namespace Mentorship.Evaluation.Apis;

public static class EvaluationApi
{
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        app.MapSurveyTemplatesApi();
        app.MapSurveysApi();
        app.MapReportsApi();
        return app;
    }
}
