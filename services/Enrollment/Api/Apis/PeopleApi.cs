using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain.Erasures;
using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Apis;

/// <summary>
/// A person's data across the platform: Enrollment coordinates erasures (DELETE, then the per-service
/// status) and serves its own part of the export, which the gateway gathers with the other services'.
/// </summary>
public static class PeopleApi
{
    private static string Refusal => EnrollmentTexts.All.InUiLanguage("problem.person.erased-by");

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var person = app.MapGroup("/api/people/{personId}").WithTags("People");
        person.MapDelete("", RequestErasure);
        person.MapGet("/erasure", GetErasure);
        app.MapPersonExportApi<EnrollmentDbContext>(ResourceNames.Enrollment);
        return app;
    }

    /// <summary>202 with the erasure's status, the same erasure however often it is asked for.</summary>
    public static async Task<Results<Accepted<ErasureView>, ValidationProblem, ProblemHttpResult>> RequestErasure(
        string personId,
        CurrentUser user,
        EnrollmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!PersonIds.TryParse(personId, out var id))
            return PersonIds.Malformed();

        var existing = await db.FindErasureAsync(id, cancellationToken);
        if (existing is not null)
            return MayErase(user, id, existing.ProgrammeIds) ? Accepted(existing, id) : ApiProblems.Forbidden(Refusal);

        var programmeIds = await db.Applications.Where(a => a.PersonId == id).Select(a => a.ProgrammeId).Distinct().ToListAsync(cancellationToken);
        if (programmeIds.Count == 0 && user.PersonId != id)
            return ApiProblems.NotFound("person", id);
        if (!MayErase(user, id, programmeIds))
            return ApiProblems.Forbidden(Refusal);

        return Accepted(await db.RequestErasureAsync(id, programmeIds, clock, cancellationToken), id);
    }

    public static async Task<Results<Ok<ErasureView>, ValidationProblem, ProblemHttpResult>> GetErasure(
        string personId,
        CurrentUser user,
        EnrollmentDbContext db,
        CancellationToken cancellationToken)
    {
        if (!PersonIds.TryParse(personId, out var id))
            return PersonIds.Malformed();

        var erasure = await db.FindErasureAsync(id, cancellationToken);
        if (erasure is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No erasure was requested for this person.");
        if (!MayErase(user, id, erasure.ProgrammeIds))
            return ApiProblems.Forbidden(Refusal);
        return TypedResults.Ok(ErasureView.From(erasure, id));
    }

    private static bool MayErase(CurrentUser user, Guid personId, IEnumerable<Guid> programmeIds) =>
        user.PersonId == personId || user.IsOps || programmeIds.Any(programmeId => user.IsStaffOf(programmeId, PlatformRoles.ProgrammeAdmin));

    private static Accepted<ErasureView> Accepted(Erasure erasure, Guid personId) =>
        TypedResults.Accepted($"/api/people/{personId}/erasure", ErasureView.From(erasure, personId));
}
