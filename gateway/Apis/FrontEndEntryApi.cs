using Mentorship.Gateway.Proxy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Gateway.Apis;

public static class FrontEndEntryApi
{
    /// <summary>The site's root opens the web front end, which the gateway serves under /app.</summary>
    public static IEndpointRouteBuilder MapFrontEndEntry(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", ToFrontEnd).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static RedirectHttpResult ToFrontEnd() => TypedResults.Redirect($"{GatewayRoutes.FrontEnd}/");
}
