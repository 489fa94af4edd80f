using System.Net.Http.Headers;
using Mentorship.Gateway.Proxy;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Mentorship.Gateway.Privacy;

/// <summary>
/// GET /api/people/{personId}/export: asks every service for its part, in parallel and with the
/// caller's own token (each service decides access itself), and answers one zip archive. The data
/// crosses the platform's network once, never the broker. All or nothing: a service that refuses
/// makes it a 403, one that fails a 502, never an archive with a part missing.
/// </summary>
public static class PersonExportApi
{
    public const string Path = "/api/people/{personId}/export";

    public static IEndpointRouteBuilder MapPersonExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync)
            .WithTags("People")
            .WithSummary("Everything the platform holds on a person: one zip archive, one JSON file per service.");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        string personId, HttpRequest request, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (!PersonIds.TryParse(personId, out var id))
            return PersonIds.Malformed();

        var authorization = AuthenticationHeaderValue.Parse(request.Headers[HeaderNames.Authorization].ToString());
        var parts = await Task.WhenAll(ResourceNames.Backends.Select(service => FetchAsync(clients, service, id, authorization, cancellationToken)));

        if (parts.Any(part => part.Refused))
            return ApiProblems.Forbidden("A person's data is exported to themselves and to the admins of the programmes they take part in.");
        if (parts.FirstOrDefault(part => !part.Found && !part.HoldsNothing) is { } failed)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "The export could not be completed.",
                detail: $"{failed.Service} answered {failed.Status}; no partial archive is sent. Try again later.");
        if (parts.All(part => part.HoldsNothing))
            return ApiProblems.NotFound("person", id);

        return TypedResults.File(PersonArchive.Zip(id, parts), PersonArchive.ContentType, $"person-{id}.zip");
    }

    private static async Task<ExportPart> FetchAsync(
        IHttpClientFactory clients, string service, Guid personId, AuthenticationHeaderValue authorization, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, $"{ServiceAddresses.Of(service)}/api/people/{personId}/export");
        message.Headers.Authorization = authorization;
        try
        {
            using var response = await clients.CreateClient().SendAsync(message, cancellationToken);
            return new ExportPart(service, (int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return new ExportPart(service, StatusCodes.Status503ServiceUnavailable, []);
        }
    }
}
