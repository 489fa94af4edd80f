using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Contracts;
using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using EngineWeights = Mentorship.Matching.Engine.Scoring.CriterionWeights;

namespace Mentorship.Matching.Apis;

public static class WeightsApi
{
    public static IEndpointRouteBuilder MapWeightsApi(this IEndpointRouteBuilder app)
    {
        var weights = app.MapGroup("/api/programmes/{programmeId:guid}/matching/weights").WithTags("Matching settings")
            .RequireProgrammeStaff("Matching weights are set by the programme's coordinators.", PlatformRoles.Coordinator);
        weights.MapGet("", GetWeights);
        weights.MapPut("", PutWeights).WithValidation<WeightsRequest>();
        return app;
    }

    public static async Task<Results<Ok<WeightsView>, ProblemHttpResult>> GetWeights(
        Guid programmeId, MatchingDbContext db, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        return programme is null ? ApiProblems.NotFound("programme", programmeId) : TypedResults.Ok(WeightsView.From(programme));
    }

    /// <summary>
    /// Sets all 8 weights; the next rounds score with them (rounds already planned keep theirs). Announced
    /// in the same commit so that the programme's settings in Enrollment show them too.
    /// </summary>
    public static async Task<Results<Ok<WeightsView>, ProblemHttpResult>> PutWeights(
        Guid programmeId,
        WeightsRequest request,
        CurrentUser user,
        MatchingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);

        programme.Weights = new EngineWeights(
            request.Geography!.Value, request.Sector!.Value, request.JobFunction!.Value, request.Background!.Value,
            request.Age!.Value, request.Language!.Value, request.Expectations!.Value, request.Hobbies!.Value);
        programme.WeightsChangedAt = clock.GetUtcNow();
        programme.WeightsChangedBy = user.PersonId;
        var weights = programme.Weights;
        db.AddEvent(new MatchingWeightsChanged(
            programmeId, weights.Geography, weights.Sector, weights.JobFunction, weights.Background,
            weights.Age, weights.Language, weights.Expectations, weights.Hobbies, programme.WeightsChangedAt.Value), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WeightsView.From(programme));
    }
}
