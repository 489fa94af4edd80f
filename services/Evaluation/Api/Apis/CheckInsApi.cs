using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Pulses;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Evaluation.Apis;

/// <summary>A programme's coordinators send its active pairs a check-in now, beside the scheduled ones.</summary>
public static class CheckInsApi
{
    public static IEndpointRouteBuilder MapCheckInsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/programmes/{programmeId:guid}/check-ins", SendNow).WithTags("Check-ins")
            .RequireProgrammeStaff("Check-ins are sent by the programme's coordinators.", PlatformRoles.Coordinator);
        return app;
    }

    public static async Task<Results<Ok<CheckInsSent>, ProblemHttpResult>> SendNow(
        Guid programmeId,
        EvaluationDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is null)
            return ApiProblems.NotFound("programme", programmeId);
        return TypedResults.Ok(await db.SendCheckInsNowAsync(programme, clock, cancellationToken));
    }
}
