using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// The follow-up log staff keep on a pair: contacts with its sides and meeting notes, written by the
/// programme's coordinators and the pair's referent, never shown to the pair's members. Append-only,
/// newest first.
/// </summary>
public static class FollowUpApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        var followUp = app.MapGroup("/api/pairs/{pairId:guid}/follow-up").WithTags("Follow-up");
        followUp.MapGet("", ListEntries);
        followUp.MapPost("", AddEntry).WithValidation<FollowUpEntryRequest>();
        followUp.MapGet("/{entryId:guid}", GetEntry);
        return app;
    }

    public static async Task<Results<Ok<PagedResult<FollowUpEntryView>>, ProblemHttpResult>> ListEntries(
        Guid pairId,
        [AsParameters] PageQuery page,
        CurrentUser user,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        // The shared paging allows larger pages; a log is read a screen at a time.
        if (page.Size > MaxPageSize)
            throw new RequestValidationException("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        var refused = await RefusedAsync(db, user, pairId, cancellationToken);
        if (refused is not null)
            return refused;

        var onePage = await db.FollowUpEntries.AsNoTracking()
            .Where(e => e.PairId == pairId)
            .OrderByDescending(e => e.WrittenAt).ThenByDescending(e => e.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedResult<FollowUpEntryView>(
            onePage.Items.Select(FollowUpEntryView.From).ToList(), onePage.Page, onePage.PageSize, onePage.Total));
    }

    public static async Task<Results<Ok<FollowUpEntryView>, ProblemHttpResult>> GetEntry(
        Guid pairId,
        Guid entryId,
        CurrentUser user,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        var refused = await RefusedAsync(db, user, pairId, cancellationToken);
        if (refused is not null)
            return refused;
        var entry = await db.FollowUpEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.PairId == pairId, cancellationToken);
        return entry is null ? ApiProblems.NotFound("follow-up entry", entryId) : TypedResults.Ok(FollowUpEntryView.From(entry));
    }

    /// <summary>201 with the new entry; 200 with the stored one when its entryId was already used on this pair (a retry).</summary>
    public static async Task<Results<Created<FollowUpEntryView>, Ok<FollowUpEntryView>, ProblemHttpResult>> AddEntry(
        Guid pairId,
        FollowUpEntryRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var refused = await RefusedAsync(db, user, pairId, cancellationToken);
        if (refused is not null)
            return refused;
        if (request.EntryId is { } retried && await StoredAsync(db, pairId, retried, cancellationToken) is { } stored)
            return stored;

        var entry = Entry(pairId, request, user.PersonId, Moments.Now(clock));
        db.FollowUpEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same entryId stored by a concurrent retry between the check and the insert.
            db.ChangeTracker.Clear();
            if (await StoredAsync(db, pairId, entry.Id, cancellationToken) is { } raced)
                return raced;
            throw;
        }

        return TypedResults.Created($"/api/pairs/{pairId}/follow-up/{entry.Id}", FollowUpEntryView.From(entry));
    }

    /// <summary>The entry already stored under this id: 200 on this pair, 409 when the id was used on another pair.</summary>
    private static async Task<Results<Created<FollowUpEntryView>, Ok<FollowUpEntryView>, ProblemHttpResult>?> StoredAsync(
        PairingDbContext db, Guid pairId, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
            return null;
        if (entry.PairId != pairId)
            return ApiProblems.Conflict(PairingTexts.All.InUiLanguage("problem.follow-up.entry-id-taken"));
        return TypedResults.Ok(FollowUpEntryView.From(entry));
    }

    private static FollowUpEntry Entry(Guid pairId, FollowUpEntryRequest request, Guid writtenBy, DateTimeOffset now) => new()
    {
        Id = request.EntryId ?? Guid.CreateVersion7(now),
        PairId = pairId,
        Kind = Kebab.Parse<FollowUpKind>(request.Kind)!.Value,
        With = Kebab.Parse<ContactSide>(request.With),
        Channel = Kebab.Parse<ContactChannel>(request.Channel),
        HeldOn = request.HeldOn,
        Summary = InputText.Trimmed(request.Summary),
        Progress = InputText.Trimmed(request.Progress),
        NextActions = request.NextActions?.Select(a => a.Trim()).ToList() ?? [],
        DueOn = request.DueOn,
        WrittenBy = writtenBy,
        WrittenAt = now,
    };

    /// <summary>404 for an unknown pair, 403 for anyone but the programme's coordinators and the pair's referent; else null.</summary>
    private static async Task<ProblemHttpResult?> RefusedAsync(PairingDbContext db, CurrentUser user, Guid pairId, CancellationToken cancellationToken)
    {
        var pair = await db.Pairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken);
        if (pair is null)
            return ApiProblems.NotFound("pair", pairId);
        return PairAudience.Of(user, pair).FollowsUp ? null : ApiProblems.Forbidden(PairingTexts.All.InUiLanguage("problem.follow-up.kept-by"));
    }
}
