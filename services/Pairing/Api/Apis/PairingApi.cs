namespace Mentorship.Pairing.Apis;

public static class PairingApi
{
    public static IEndpointRouteBuilder MapPairingApi(this IEndpointRouteBuilder app)
    {
        app.MapPairsApi();
        app.MapMeetingsApi();
        app.MapMonitoringApi();
        app.MapMyPairsApi();
        app.MapAlertsApi();
        app.MapReferentsApi();
        return app;
    }
}
