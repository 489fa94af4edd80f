using System.Globalization;
using System.Text.Json;
using FluentValidation;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Http;

public static class HttpConventionsExtensions
{
    /// <summary>
    /// JSON in camelCase with kebab-case enum values, ProblemDetails for every error (with the trace id),
    /// bad input reported as 400 in every environment, and an OpenAPI document.
    /// </summary>
    public static TBuilder AddHttpConventions<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));

        // Validation messages name fields as the JSON does ("'cohort' must not be empty").
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : char.ToLower(member.Name[0], CultureInfo.InvariantCulture) + member.Name[1..];

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<PlatformExceptionHandler>();

        // Without this, Production answers unreadable input with an empty 400 instead of a ProblemDetails.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>());
        return builder;
    }

    public static WebApplication UseHttpConventions(this WebApplication app)
    {
        app.UseRequestLanguage();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The request's language as the UI culture, for everything the request answers.</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLanguageMiddleware>();
}
