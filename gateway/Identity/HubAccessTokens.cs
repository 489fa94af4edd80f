using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace Mentorship.Gateway.Identity;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so SignalR clients send the bearer token as the
/// access_token query parameter. It is accepted on hub paths only (elsewhere a token in a URL would
/// end up in logs and browser histories); the query string reaches the hub unchanged, which checks
/// the token again.
/// </summary>
public static class HubAccessTokens
{
    public const string HubsPath = "/hubs";
    public const string QueryParameter = "access_token";

    public static IServiceCollection AcceptHubAccessTokens(this IServiceCollection services)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var received = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await received(context);
                if (context.Token is null && IsHubRequestWithoutHeader(context.Request))
                    context.Token = context.Request.Query[QueryParameter];
            };
        });
        return services;
    }

    private static bool IsHubRequestWithoutHeader(HttpRequest request) =>
        request.Path.StartsWithSegments(HubsPath) && !request.Headers.ContainsKey(HeaderNames.Authorization);
}
