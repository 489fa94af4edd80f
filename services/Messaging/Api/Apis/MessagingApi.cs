using Mentorship.Messaging.Hubs;

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
        app.MapHub<MessagingHub>(MessagingHub.Path).RequireAuthorization();
        return app;
    }
}
