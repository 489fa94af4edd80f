using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

/// <summary>Raising concerns and reading them; their steps are in <see cref="ConcernStepsApi"/>.</summary>
public static class ConcernsApi
{
    public static string Confidential => MessagingTexts.All.InUiLanguage("problem.concern.confidential");

    public static IEndpointRouteBuilder MapConcernsApi(this IEndpointRouteBuilder app)
    {
        var concerns = app.MapGroup("/api/concerns").WithTags("Concerns");
        concerns.MapPost("", RaiseConcern).WithValidation<RaiseConcernRequest>();
        concerns.MapGet("/{concernId:guid}", GetConcern);

        app.MapGet("/api/programmes/{programmeId:guid}/concerns", ListProgrammeConcerns).WithTags("Concerns");
        app.MapGet("/api/me/concerns", ListMyConcerns).WithTags("Concerns");
        app.MapConcernStepsApi();
        app.MapEscalationPolicyApi();
        return app;
    }

    /// <summary>A participant raises a concern; it reaches the pair's referent (or the programme's referents) only.</summary>
    public static async Task<Results<Created<ConcernView>, ValidationProblem, ProblemHttpResult>> RaiseConcern(
        RaiseConcernRequest request,
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var programmeId = request.ProgrammeId!.Value;
        Guid? referentId = null;
        if (request.PairId is { } pairId)
        {
            var thread = await db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
            if (thread is null)
                return ApiProblems.NotFound("pair", pairId);
            if (thread.ProgrammeId != programmeId)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["pairId"] = [MessagingTexts.All.InUiLanguage("problem.concern.pair-in-other-programme")],
                });
            if (!thread.IsPairMember(user.PersonId))
                return ApiProblems.Forbidden(MessagingTexts.All.InUiLanguage("problem.concern.raised-by-pair-member"));
            referentId = await db.PairReferents.AsNoTracking()
                .Where(r => r.PairId == pairId).Select(r => (Guid?)r.ReferentId).FirstOrDefaultAsync(cancellationToken);
        }
        else if (!await IsParticipantAsync(db, programmeId, user.PersonId, cancellationToken))
        {
            return ApiProblems.Forbidden(MessagingTexts.All.InUiLanguage("problem.concern.raised-by-participants"));
        }

        var lab = request.Lab?.Trim();
        var policy = await PolicyAsync(db, programmeId, lab, cancellationToken);
        var now = clock.GetUtcNow();
        var concern = Concern.Raise(
            programmeId, request.PairId, user.PersonId, request.Category, request.Text!, now,
            request.Severity ?? ConcernSeverity.Medium, lab, referentId, policy);
        db.Concerns.Add(concern);
        var step = ConcernStep.Of(concern, ConcernStatus.Open, user.PersonId, null, now);
        db.ConcernSteps.Add(step);
        await db.AnnounceAsync(concern, step, referentId is { } referent ? [referent] : [], clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/concerns/{concern.Id}", ConcernView.From(concern));
    }

    /// <summary>The concern to the person who raised it; with its audited steps to its handlers.</summary>
    public static async Task<Results<Ok<ConcernView>, ProblemHttpResult>> GetConcern(
        Guid concernId,
        CurrentUser user,
        MessagingDbContext db,
        CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
        if (concern is null)
            return ApiProblems.NotFound("concern", concernId);
        if (ConcernRecipient.Handles(user, concern))
        {
            var steps = await db.ConcernSteps.AsNoTracking().Where(s => s.ConcernId == concernId).ToListAsync(cancellationToken);
            return TypedResults.Ok(ConcernView.From(concern, steps));
        }

        return concern.RaisedBy == user.PersonId ? TypedResults.Ok(ConcernView.From(concern)) : ApiProblems.Forbidden(Confidential);
    }

    /// <summary>The programme's concerns the caller handles, newest first.</summary>
    public static async Task<Results<Ok<PagedResult<ConcernView>>, ProblemHttpResult>> ListProgrammeConcerns(
        Guid programmeId,
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        CurrentUser user,
        MessagingDbContext db,
        CancellationToken cancellationToken)
    {
        var policies = await db.EscalationPolicies.AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        if (!ConcernRecipient.Receives(user, programmeId, policies))
            return ApiProblems.Forbidden(Confidential);

        var statusFilter = QueryEnum.Parse<ConcernStatus>(status, "status");
        var me = user.PersonId;
        var referent = user.Holds(PlatformRoles.Referent, programmeId);
        var query = db.Concerns.AsNoTracking().Where(c => c.ProgrammeId == programmeId
            && (c.ContactIds.Contains(me) || (referent && (c.ReferentId == null || c.ReferentId == me))));
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

    /// <summary>The lab's policy when the concern names a lab that has one, else the programme's; null when neither exists.</summary>
    public static async Task<EscalationPolicy?> PolicyAsync(MessagingDbContext db, Guid programmeId, string? lab, CancellationToken cancellationToken)
    {
        var policies = await db.EscalationPolicies.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && (p.Lab == "" || p.Lab == (lab ?? "")))
            .ToListAsync(cancellationToken);
        return policies.FirstOrDefault(p => p.Lab.Length > 0) ?? policies.FirstOrDefault();
    }

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
