using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// A programme's roster of referents. Roles live in tokens, so a referent joins the roster themselves,
/// with a token that holds the role in the programme; coordinators then assign them pairs
/// (<c>PUT /api/pairs/{pairId}/referent</c>).
/// </summary>
public static class ReferentsApi
{
    public static IEndpointRouteBuilder MapReferentsApi(this IEndpointRouteBuilder app)
    {
        var referents = app.MapGroup("/api/programmes/{programmeId:guid}/referents").WithTags("Referents");
        referents.MapGet("", ListReferents)
            .RequireProgrammeStaff("A programme's referents are listed to its coordinators.", PlatformRoles.Coordinator);
        referents.MapPut("/me", JoinRoster);
        return app;
    }

    public static async Task<Ok<List<ReferentView>>> ListReferents(
        Guid programmeId,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        var referents = await db.Referents.AsNoTracking()
            .Where(r => r.ProgrammeId == programmeId)
            .OrderBy(r => r.JoinedAt).ThenBy(r => r.PersonId)
            .Select(r => new ReferentView(
                r.PersonId,
                r.JoinedAt,
                db.Pairs.Count(p => p.ProgrammeId == programmeId && p.ReferentId == r.PersonId
                    && p.Status != PairStatus.Closed && p.Status != PairStatus.Declined && p.Status != PairStatus.NotAFit)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(referents);
    }

    /// <summary>201 when the caller joins, 200 when already on the roster; announced once, so Messaging knows whom pairs may invite.</summary>
    public static async Task<Results<Created<ReferentView>, Ok<ReferentView>, ProblemHttpResult>> JoinRoster(
        Guid programmeId,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.Holds(PlatformRoles.Referent, programmeId))
            return ApiProblems.Forbidden(PairingTexts.All.InUiLanguage("problem.referent.role-required"));

        var existing = await db.Referents.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ProgrammeId == programmeId && r.PersonId == user.PersonId, cancellationToken);
        if (existing is not null)
            return TypedResults.Ok(new ReferentView(existing.PersonId, existing.JoinedAt, 0));

        var referent = new ProgrammeReferent { ProgrammeId = programmeId, PersonId = user.PersonId, JoinedAt = Moments.Now(clock) };
        db.Referents.Add(referent);
        db.AddEvent(PairingEvents.Joined(referent), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same referent joining twice at once: the other request stored and announced it.
            return TypedResults.Ok(new ReferentView(referent.PersonId, referent.JoinedAt, 0));
        }

        return TypedResults.Created($"/api/programmes/{programmeId}/referents", new ReferentView(referent.PersonId, referent.JoinedAt, 0));
    }
}
