using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>
/// GET /api/people/{personId}/export: this service's part of a person's data export, which the gateway
/// gathers from every service into one archive. Each service checks access itself: the person, ops,
/// or a programme admin of a programme the rows belong to.
/// </summary>
public static class PersonExportApi
{
    public const string Path = "/api/people/{personId}/export";

    public static IEndpointRouteBuilder MapPersonExportApi<TDbContext>(this IEndpointRouteBuilder app, string service, params IReadOnlyList<RelatedRows> related)
        where TDbContext : DbContext
    {
        app.MapGet(Path, (string personId, CurrentUser user, TDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                ExportAsync(service, personId, user, db, clock, cancellationToken, related))
            .WithTags("People")
            .WithName($"{service}-person-export");
        return app;
    }

    public static async Task<Results<Ok<PersonData>, ValidationProblem, ProblemHttpResult>> ExportAsync(
        string service, string personId, CurrentUser user, DbContext db, TimeProvider clock, CancellationToken cancellationToken,
        params IReadOnlyList<RelatedRows> related)
    {
        if (!PersonIds.TryParse(personId, out var id))
            return PersonIds.Malformed();

        var data = await PersonExport.ReadAsync(db, service, id, clock.GetUtcNow(), cancellationToken, related);
        if (user.PersonId == id)
            return TypedResults.Ok(data);
        if (data.HoldsNothing())
            return ApiProblems.NotFound("person", id);
        if (!data.ProgrammeIds().Any(programmeId => user.IsStaffOf(programmeId, PlatformRoles.ProgrammeAdmin)) && !user.IsOps)
            return ApiProblems.Forbidden("A person's data is exported to themselves and to the admins of the programmes they take part in.");
        return TypedResults.Ok(data);
    }
}
