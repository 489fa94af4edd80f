using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Matching.Apis;

public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        app.MapRoundsApi();
        app.MapWeightsApi();
        app.MapAppreciationsApi();
        app.MapPoolApi();
        app.MapPersonExportApi<MatchingDbContext>(ResourceNames.Matching);
        return app;
    }
}
