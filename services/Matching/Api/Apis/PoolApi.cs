using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Matching.Apis;

public static class PoolApi
{
    public static IEndpointRouteBuilder MapPoolApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/programmes/{programmeId:guid}/matching/pool", GetPool).WithTags("Matching rounds")
            .RequireProgrammeStaff("The matching pool is shown to the programme's coordinators.", PlatformRoles.Coordinator);
        return app;
    }

    /// <summary>What the next round would work with, before starting one.</summary>
    public static async Task<Results<Ok<PoolView>, ProblemHttpResult>> GetPool(
        Guid programmeId, MatchingDbContext db, CancellationToken cancellationToken)
    {
        var pool = await RoundPool.LoadAsync(db, programmeId, onlyMentees: null, cancellationToken);
        return pool is null
            ? ApiProblems.NotFound("programme", programmeId)
            : TypedResults.Ok(new PoolView(programmeId, pool.Mentees.Count, pool.Mentors.Count, pool.FreeSeats, pool.Appreciations.Count, pool.Declined.Count));
    }
}
