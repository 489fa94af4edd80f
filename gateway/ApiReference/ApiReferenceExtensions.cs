using Mentorship.ServiceDefaults.Hosting;
using Scalar.AspNetCore;

namespace Mentorship.Gateway.ApiReference;

public static class ApiReferenceExtensions
{
    public const string Path = "/scalar";

    /// <summary>The gateway's own document (/dev/token, /health), served by MapDefaultEndpoints.</summary>
    private const string GatewayDocument = "v1";

    /// <summary>
    /// One API reference page over the five services' documents, which the route table proxies as
    /// /openapi/{service}.json (Scalar's default document pattern), plus the gateway's own.
    /// "Try it" requests go to the gateway that served the page, whatever the documents list.
    /// </summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect(Path)).AllowAnonymous().ExcludeFromDescription();
        app.MapScalarApiReference(Path, (options, context) =>
        {
            options.WithTitle("Mentorship platform API");
            foreach (var service in ResourceNames.Services)
                options.AddDocument(service, title: service, isDefault: service == ResourceNames.Services[0]);
            options.AddDocument(GatewayDocument, title: ResourceNames.Gateway);
            options.AddServer($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");
            options.AddPreferredSecuritySchemes("Bearer");
        }).AllowAnonymous();
        return app;
    }
}
