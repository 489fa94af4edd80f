namespace Mentorship.Matching.Apis;

public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        app.MapRoundsApi();
        app.MapWeightsApi();
        app.MapAppreciationsApi();
        app.MapPoolApi();
        return app;
    }
}
