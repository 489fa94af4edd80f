using Mentorship.Pairing.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Pairing.Apis;

public static class PairingApi
{
    public static IEndpointRouteBuilder MapPairingApi(this IEndpointRouteBuilder app)
    {
        app.MapPairsApi();
        app.MapMeetingsApi();
        app.MapFollowUpApi();
        app.MapMonitoringApi();
        app.MapMyPairsApi();
        app.MapAlertsApi();
        app.MapReferentsApi();
        app.MapPersonExportApi<PairingDbContext>(ResourceNames.Pairing, PairsOfThePerson.Related);
        return app;
    }
}
