using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Jobs;
using Mentorship.Matching.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Apis;

public static class RoundsApi
{
    private static readonly ProgrammeScopedEntity RoundScope = new(
        "matching round",
        "roundId",
        (http, id, cancellationToken) => http.RequestServices.GetRequiredService<MatchingDbContext>().Rounds
            .Where(r => r.Id == id).Select(r => (Guid?)r.ProgrammeId).FirstOrDefaultAsync(cancellationToken));

    public static IEndpointRouteBuilder MapRoundsApi(this IEndpointRouteBuilder app)
    {
        var programmeRounds = app.MapGroup("/api/programmes/{programmeId:guid}/matching-rounds").WithTags("Matching rounds")
            .RequireProgrammeStaff("Matching rounds are run by the programme's coordinators.", PlatformRoles.Coordinator);
        programmeRounds.MapPost("", StartRound);
        programmeRounds.MapGet("", ListRounds);

        var round = app.MapGroup("/api/matching-rounds/{roundId:guid}").WithTags("Matching rounds");
        round.MapGet("", GetRound)
            .RequireProgrammeStaff(RoundScope, "Matching rounds are shown to the programme's coordinators.", PlatformRoles.Coordinator);
        round.MapPost("/publish", PublishRound)
            .RequireProgrammeStaff(RoundScope, "Matching rounds are published by the programme's coordinators.", PlatformRoles.Coordinator);
        return app;
    }

    /// <summary>Queues a round; it runs in the background and GET /api/matching-rounds/{roundId} follows it.</summary>
    public static async Task<Results<Accepted<StartedRound>, ProblemHttpResult>> StartRound(
        Guid programmeId,
        [FromBody] StartRoundRequest? request,
        CurrentUser user,
        MatchingDbContext db,
        RoundSignal signal,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
            return ApiProblems.NotFound("programme", programmeId);

        var running = await db.Rounds
            .Where(r => r.ProgrammeId == programmeId && r.Kind == RoundKind.Round
                        && (r.Status == RoundStatus.Queued || r.Status == RoundStatus.Running))
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (running is { } roundId)
            return ApiProblems.Conflict(
                MatchingTexts.All.InUiLanguage("problem.round.already-planning"),
                MatchingTexts.All.InUiLanguage("problem.round.follow-it", roundId),
                new Dictionary<string, object?> { ["roundId"] = roundId });

        var round = MatchingRound.Request(programmeId, request?.Mode ?? RoundMode.MaxParticipation, user.PersonId, clock.GetUtcNow());
        db.Rounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/matching-rounds/{round.Id}", new StartedRound(round.Id, round.Status));
    }

    public static async Task<Results<Ok<PagedResult<RoundSummary>>, ProblemHttpResult>> ListRounds(
        Guid programmeId,
        [AsParameters] PageQuery page,
        MatchingDbContext db,
        RoundProgressStore progressStore,
        CancellationToken cancellationToken)
    {
        var rounds = await db.Rounds.AsNoTracking()
            .Where(r => r.ProgrammeId == programmeId)
            .OrderByDescending(r => r.RequestedAt).ThenBy(r => r.Id)
            .ToPageAsync(page, cancellationToken);
        var items = new List<RoundSummary>();
        foreach (var round in rounds.Items)
            items.Add(RoundSummary.From(round, await ProgressAsync(round, progressStore)));
        return TypedResults.Ok(new PagedResult<RoundSummary>(items, rounds.Page, rounds.PageSize, rounds.Total));
    }

    /// <summary>Status, progress, statistics, and a page of proposals (best first) and of unmatched mentees.</summary>
    public static async Task<Results<Ok<RoundView>, ProblemHttpResult>> GetRound(
        Guid roundId,
        [AsParameters] PageQuery page,
        MatchingDbContext db,
        RoundProgressStore progressStore,
        CancellationToken cancellationToken)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
            return ApiProblems.NotFound("matching round", roundId);

        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.RoundId == roundId)
            .OrderByDescending(p => p.Score).ThenBy(p => p.MenteeId)
            .ToPageAsync(page, cancellationToken);
        var unmatched = await db.Unmatched.AsNoTracking()
            .Where(u => u.RoundId == roundId)
            .OrderBy(u => u.MenteeId)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new RoundView(
            RoundSummary.From(round, await ProgressAsync(round, progressStore)),
            round.Stats,
            new PagedResult<ProposalView>(proposals.Items.Select(ProposalView.From).ToList(), proposals.Page, proposals.PageSize, proposals.Total),
            new PagedResult<UnmatchedView>(unmatched.Items.Select(UnmatchedView.From).ToList(), unmatched.Page, unmatched.PageSize, unmatched.Total)));
    }

    public static async Task<Results<Ok<PublishRoundResult>, ValidationProblem, ProblemHttpResult>> PublishRound(
        Guid roundId,
        [FromBody] PublishRoundRequest? request,
        CurrentUser user,
        MatchingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
            return ApiProblems.NotFound("matching round", roundId);
        if (round.Status == RoundStatus.Published)
            return TypedResults.Ok(await RoundPublication.SummaryAsync(db, roundId, cancellationToken));
        if (round.Status != RoundStatus.Completed)
            return ApiProblems.Conflict(
                MatchingTexts.All.InUiLanguage("problem.round.publish-completed-only", round.Status.ToString().ToLowerInvariant()),
                round.Error);

        var excluded = request?.ExcludedMenteeIds ?? [];
        var proposed = await db.Proposals.Where(p => p.RoundId == roundId).Select(p => p.MenteeId).ToListAsync(cancellationToken);
        var unknown = excluded.Select((id, index) => (id, index)).Where(e => !proposed.Contains(e.id)).ToList();
        if (unknown.Count > 0)
            return TypedResults.ValidationProblem(unknown.ToDictionary(
                e => $"excludedMenteeIds[{e.index}]",
                e => new[] { $"{e.id} has no proposal in this round." }));

        return TypedResults.Ok(await RoundPublication.PublishAsync(db, round, excluded.ToHashSet(), user.PersonId, clock, cancellationToken));
    }

    /// <summary>A running round's live progress comes from Redis (any replica sees the worker's latest), else from the row.</summary>
    private static async Task<RoundProgressView> ProgressAsync(MatchingRound round, RoundProgressStore progressStore)
    {
        if (round.Status == RoundStatus.Running && await progressStore.ReadAsync(round.Id) is { } live)
            return new RoundProgressView(live.Phase, live.Fraction);
        return new RoundProgressView(round.Phase, round.Progress);
    }
}
