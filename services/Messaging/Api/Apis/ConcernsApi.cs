using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

public static class ConcernsApi
{
    private const string Confidential = "Concerns are confidential: only the programme's referents receive them.";

    public static IEndpointRouteBuilder MapConcernsApi(this IEndpointRouteBuilder app)
    {
        var concerns = app.MapGroup("/api/concerns").WithTags("Concerns");
        concerns.MapPost("", RaiseConcern).WithValidation<RaiseConcernRequest>();
        concerns.MapGet("/{concernId:guid}", GetConcern);
        concerns.MapPost("/{concernId:guid}/acknowledge", AcknowledgeConcern);

        app.MapGet("/api/programmes/{programmeId:guid}/concerns", ListProgrammeConcerns).WithTags("Concerns");
        app.MapGet("/api/me/concerns", ListMyConcerns).WithTags("Concerns");
        return app;
    }

    /// <summary>A participant raises a concern; it reaches only the programme's referents.</summary>
    public static async Task<Results<Created<ConcernView>, ValidationProblem, ProblemHttpResult>> RaiseConcern(
        RaiseConcernRequest request,
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var programmeId = request.ProgrammeId!.Value;
        if (request.PairId is { } pairId)
        {
            var thread = await db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
            if (thread is null)
                return ApiProblems.NotFound("pair", pairId);
            if (thread.ProgrammeId != programmeId)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["pairId"] = ["The pair belongs to another programme than programmeId."],
                });
            if (!thread.IsPairMember(user.PersonId))
                return ApiProblems.Forbidden("A concern about a pair is raised by one of its two members.");
        }
        else if (!await IsParticipantAsync(db, programmeId, user.PersonId, cancellationToken))
        {
            return ApiProblems.Forbidden("Concerns are raised by the programme's participants.");
        }

        var concern = Concern.Raise(programmeId, request.PairId, user.PersonId, request.Category, request.Text!, clock.GetUtcNow());
        db.Concerns.Add(concern);
        db.AddEvent(MessagingEvents.Raised(concern), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/concerns/{concern.Id}", ConcernView.From(concern));
    }

    public static async Task<Results<Ok<ConcernView>, ProblemHttpResult>> GetConcern(
        Guid concernId,
        CurrentUser user,
        MessagingDbContext db,
        CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
        if (concern is null)
            return ApiProblems.NotFound("concern", concernId);
        if (concern.RaisedBy != user.PersonId && !ConcernRecipient.Receives(user, concern.ProgrammeId))
            return ApiProblems.Forbidden(Confidential);
        return TypedResults.Ok(ConcernView.From(concern));
    }

    /// <summary>A referent takes the concern up; the person who raised it is told (and mailed), monitoring hears of it. Repeating it changes nothing.</summary>
    public static async Task<Results<Ok<ConcernView>, ProblemHttpResult>> AcknowledgeConcern(
        Guid concernId,
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
        if (concern is null)
            return ApiProblems.NotFound("concern", concernId);
        if (!ConcernRecipient.Receives(user, concern.ProgrammeId))
            return ApiProblems.Forbidden(Confidential);

        var now = clock.GetUtcNow();
        if (concern.Acknowledge(user.PersonId, now).Changed)
        {
            await db.NotifyOnceAsync(
                Notification.About(NotificationKind.ConcernAcknowledged, concern.RaisedBy, concern.Id, now,
                    programmeId: concern.ProgrammeId, pairId: concern.PairId, concernId: concern.Id),
                cancellationToken);
            // Pairing stops its "concern unanswered" alert; stored in the same commit as the acknowledgement.
            db.AddEvent(MessagingEvents.Acknowledged(concern), clock);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(ConcernView.From(concern));
    }

    public static async Task<Results<Ok<PagedResult<ConcernView>>, ProblemHttpResult>> ListProgrammeConcerns(
        Guid programmeId,
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        CurrentUser user,
        MessagingDbContext db,
        CancellationToken cancellationToken)
    {
        if (!ConcernRecipient.Receives(user, programmeId))
            return ApiProblems.Forbidden(Confidential);

        var statusFilter = QueryEnum.Parse<ConcernStatus>(status, "status");
        var query = db.Concerns.AsNoTracking().Where(c => c.ProgrammeId == programmeId);
        if (statusFilter is { } s)
            query = query.Where(c => c.Status == s);
        return TypedResults.Ok(await PageAsync(query, page, cancellationToken));
    }

    public static async Task<Ok<PagedResult<ConcernView>>> ListMyConcerns(
        [AsParameters] PageQuery page,
        CurrentUser user,
        MessagingDbContext db,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await PageAsync(db.Concerns.AsNoTracking().Where(c => c.RaisedBy == user.PersonId), page, cancellationToken));

    private static async Task<PagedResult<ConcernView>> PageAsync(
        IQueryable<Concern> query, PageQuery page, CancellationToken cancellationToken)
    {
        var result = await query.OrderByDescending(c => c.RaisedAt).ThenByDescending(c => c.Id).ToPageAsync(page, cancellationToken);
        return new PagedResult<ConcernView>(result.Items.Select(ConcernView.From).ToList(), result.Page, result.PageSize, result.Total);
    }

    /// <summary>Approved into the programme, or one of a pair of it (the approval may not have reached this service yet).</summary>
    private static async Task<bool> IsParticipantAsync(
        MessagingDbContext db, Guid programmeId, Guid personId, CancellationToken cancellationToken) =>
        await db.ProgrammeParticipants.AnyAsync(p => p.ProgrammeId == programmeId && p.PersonId == personId, cancellationToken)
        || await db.Threads.AnyAsync(
            t => t.ProgrammeId == programmeId && (t.MenteeId == personId || t.MentorId == personId), cancellationToken);
}
