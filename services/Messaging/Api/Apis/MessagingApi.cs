using Mentorship.Messaging.Data;
using Mentorship.Messaging.Hubs;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Messaging.Apis;

public static class MessagingApi
{
    public static IEndpointRouteBuilder MapMessagingApi(this IEndpointRouteBuilder app)
    {
        app.MapThreadsApi();
        app.MapUnreadApi();
        app.MapNotificationsApi();
        app.MapConcernsApi();
        app.MapMailSettingsApi();
        app.MapUnsubscribeApi();
        app.MapProgrammeMailSettingsApi();
        app.MapOpsMailsApi();
        app.MapPersonExportApi<MessagingDbContext>(ResourceNames.Messaging);
        app.MapHub<MessagingHub>(MessagingHub.Path).RequireAuthorization();
        return app;
    }
}
