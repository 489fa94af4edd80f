namespace Mentorship.Messaging.Apis;

public static class MessagingApi
{
    public static IEndpointRouteBuilder MapMessagingApi(this IEndpointRouteBuilder app) => app;
}
