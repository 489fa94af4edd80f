using Mentorship.Evaluation.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Evaluation.Apis;

public static class EvaluationApi
{
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        app.MapSurveyTemplatesApi();
        app.MapSurveysApi();
        app.MapReportsApi();
        app.MapCheckInsApi();
        app.MapRollupApi();
        app.MapPersonExportApi<EvaluationDbContext>(ResourceNames.Evaluation);
        return app;
    }
}
